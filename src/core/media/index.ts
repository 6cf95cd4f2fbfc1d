/** Recordings of transcripts: text and time together, finding the recording, the player's page. */
export * from './anchors';
export * from './playerHtml';
export * from './recording';
export * from './style';
export * from './forExport';
