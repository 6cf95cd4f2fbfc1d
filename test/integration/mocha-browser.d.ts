// mocha's browser build: no types of its own; it sets the globals that
// @types/mocha describes (`Mocha`, `mocha`).
declare module 'mocha/mocha.js';
