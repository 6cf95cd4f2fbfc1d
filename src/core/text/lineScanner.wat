;; The line scan of lineKinds.ts (`classifyLines`) in WebAssembly, for a text
;; of ASCII characters (its bytes are its characters, each offset the same):
;; where each line starts and ends (`\r\n`, `\n` and a lone `\r` end one, as
;; `lineTable` reads them), whether it is blank, where its words start and
;; end, and which lines can be anything but plain prose. The JavaScript loop
;; then visits only those lines: in a transcript of paragraphs, most lines are
;; prose, and the loop, run once per process, is mostly run before the engine
;; has optimised it, where this code is compiled before its first instruction.
;; Line breaks and colons are looked for sixteen bytes at a time.
;;
;; Memory: the text's bytes at 0, with 64 zero bytes after them (bytes are read
;; sixty-four at a time, and a line's first word up to two bytes past its end, as
;; `charCodeAt` reads them: beyond the text it reads nothing that matches), then
;; the columns at the offsets in the globals, which lineScan.ts sets after
;; `count` has said how many lines there are.
(module
  (memory (export "memory") 1)
  ;; The text's length in bytes.
  (global $length (export "length") (mut i32) (i32.const 0))
  ;; Columns of i32, a row per line: start, end, first character that is not white space (-1: blank), end of the last one.
  (global $startsAt (export "startsAt") (mut i32) (i32.const 0))
  (global $endsAt (export "endsAt") (mut i32) (i32.const 0))
  (global $firstAt (export "firstAt") (mut i32) (i32.const 0))
  (global $lastAt (export "lastAt") (mut i32) (i32.const 0))
  ;; A byte per line: 1 for a blank line.
  (global $blankAt (export "blankAt") (mut i32) (i32.const 0))
  ;; The lines JavaScript must read (i32), and each one's first colon within the label window (i32, -1: none).
  (global $visitAt (export "visitAt") (mut i32) (i32.const 0))
  (global $colonAt (export "colonAt") (mut i32) (i32.const 0))
  ;; Bit `c - 65` for each capital `c` a record's title starts with (lineKinds.ts `RECORD_TITLE_INITIALS`).
  (global $titleInitials (export "titleInitials") (mut i32) (i32.const 0))
  ;; lineKinds.ts `SHORT_LINE` and `LABEL_COLON_WINDOW`: a line this short, or a colon this near its start, is read by JavaScript.
  (global $shortLine (export "shortLine") (mut i32) (i32.const 120))
  (global $colonWindow (export "colonWindow") (mut i32) (i32.const 120))
  ;; How many lines `scan` found blank.
  (global $blanks (export "blanks") (mut i32) (i32.const 0))

  ;; White space as `isSpaceCode` reads an ASCII character: tab to carriage return, and space.
  (func $isSpace (param $c i32) (result i32)
    (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5))))

  (func $isUpper (param $c i32) (result i32)
    (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26)))

  (func $isLetter (param $c i32) (result i32)
    (i32.lt_u (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)) (i32.const 26)))

  ;; The first `\n` or `\r` at or after `p`, or the text's length. Most of
  ;; the text is words: it is passed by sixty-four bytes at a time (written
  ;; out, not called: the code that runs first calls no function inline).
  (func $nextBreak (param $p i32) (result i32)
    (local $m i32) (local $v v128) (local $lf v128) (local $cr v128) (local $any v128)
    (local.set $lf (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10))
    (local.set $cr (v128.const i8x16 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13))
    (block $none
      (loop $block
        (br_if $none (i32.ge_u (local.get $p) (global.get $length)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $any (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr))))
        (local.set $v (v128.load offset=16 (local.get $p)))
        (local.set $any (v128.or (local.get $any) (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr)))))
        (local.set $v (v128.load offset=32 (local.get $p)))
        (local.set $any (v128.or (local.get $any) (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr)))))
        (local.set $v (v128.load offset=48 (local.get $p)))
        (local.set $any (v128.or (local.get $any) (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr)))))
        (if (i32.eqz (v128.any_true (local.get $any)))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 64)))
            (br $block)))
        ;; A break in these sixty-four bytes: found sixteen at a time.
        (loop $chunk
          (local.set $v (v128.load (local.get $p)))
          (local.set $m (i8x16.bitmask (v128.or (i8x16.eq (local.get $v) (local.get $lf)) (i8x16.eq (local.get $v) (local.get $cr)))))
          (if (local.get $m)
            (then
              ;; The zero bytes after the text hold no break: a break found is in the text.
              (return (i32.add (local.get $p) (i32.ctz (local.get $m))))))
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br $chunk))))
    (global.get $length))

  ;; Where the line after a break at `at` starts: `\r\n` is one break.
  (func $afterBreak (param $at i32) (result i32)
    (i32.add (local.get $at)
      (select (i32.const 2) (i32.const 1)
        (i32.and
          (i32.eq (i32.load8_u (local.get $at)) (i32.const 13))
          (i32.eq (i32.load8_u offset=1 (local.get $at)) (i32.const 10))))))

  ;; How many lines the text has: one more than its breaks.
  (func (export "count") (result i32)
    (local $p i32) (local $n i32) (local $at i32)
    (local.set $n (i32.const 1))
    (block $end
      (loop $line
        (local.set $at (call $nextBreak (local.get $p)))
        (br_if $end (i32.ge_u (local.get $at) (global.get $length)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (local.set $p (call $afterBreak (local.get $at)))
        (br $line)))
    (local.get $n))

  ;; The first `:` in [from, to), or -1.
  (func $colonIn (param $from i32) (param $to i32) (result i32)
    (local $m i32)
    (block $none
      (loop $chunk
        (br_if $none (i32.ge_s (local.get $from) (local.get $to)))
        (local.set $m (i8x16.bitmask (i8x16.eq (v128.load (local.get $from))
          (v128.const i8x16 58 58 58 58 58 58 58 58 58 58 58 58 58 58 58 58))))
        (if (local.get $m)
          (then
            (local.set $from (i32.add (local.get $from) (i32.ctz (local.get $m))))
            (return (select (local.get $from) (i32.const -1) (i32.lt_s (local.get $from) (local.get $to))))))
        (local.set $from (i32.add (local.get $from) (i32.const 16)))
        (br $chunk)))
    (i32.const -1))

  ;; Whether the line's words, text[f, e) in a line ending at `le`, starting
  ;; with `c` then `next`, are certainly plain prose to `classifyLines`: no
  ;; flag, no label, not short. Each test stands for one of lineKinds.ts's,
  ;; as written there or wider (a line it lets through is read in JavaScript).
  (func $isProse (param $f i32) (param $e i32) (param $le i32) (param $c i32) (param $next i32) (result i32)
    (local $w i32) (local $after i32) (local $a i32)
    ;; Short lines: news headings and teasers (`MAY_NEWS`), names alone (`mayStandAlone`).
    (if (i32.le_s (i32.sub (local.get $le) (local.get $f)) (i32.const 80)) (then (return (i32.const 0))))
    ;; A digit (a time, a court's line number, a dated teaser), `[`, `*`, `_`, `#`.
    (if (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10)) (then (return (i32.const 0))))
    (if (i32.or (i32.or (i32.eq (local.get $c) (i32.const 91)) (i32.eq (local.get $c) (i32.const 42)))
                (i32.or (i32.eq (local.get $c) (i32.const 95)) (i32.eq (local.get $c) (i32.const 35))))
      (then (return (i32.const 0))))
    ;; `Q` or `A` and a space, a tab or a dot.
    (if (i32.and
          (i32.or (i32.eq (local.get $c) (i32.const 81)) (i32.eq (local.get $c) (i32.const 65)))
          (i32.or (i32.or (i32.eq (local.get $next) (i32.const 32)) (i32.eq (local.get $next) (i32.const 9))) (i32.eq (local.get $next) (i32.const 46))))
      (then (return (i32.const 0))))
    (if (call $isUpper (local.get $c))
      (then
        ;; Two capitals (`CAPS_START`, headings, Italy's record).
        (if (call $isUpper (local.get $next)) (then (return (i32.const 0))))
        ;; Hansard's speaker alone, ending with a bracket.
        (if (i32.and (i32.eq (i32.load8_u (i32.sub (local.get $e) (i32.const 1))) (i32.const 41))
                     (i32.le_s (i32.sub (local.get $e) (local.get $f)) (i32.const 160)))
          (then (return (i32.const 0))))
        ;; A record's title (`Mr. SMITH.`, `M. le président.`): its first word's letters, then a capital or `l` after it.
        (if (i32.and (i32.shr_u (global.get $titleInitials) (i32.sub (local.get $c) (i32.const 65))) (i32.const 1))
          (then
            (local.set $w (local.get $f))
            (block $end
              (loop $letter
                (br_if $end (i32.ge_s (local.get $w) (local.get $le)))
                (br_if $end (i32.ge_s (i32.sub (local.get $w) (local.get $f)) (i32.const 16)))
                (br_if $end (i32.eqz (call $isLetter (i32.load8_u (local.get $w)))))
                (local.set $w (i32.add (local.get $w) (i32.const 1)))
                (br $letter)))
            (local.set $after (i32.add (local.get $w)
              (select (i32.const 2) (i32.const 1) (i32.eq (i32.load8_u (local.get $w)) (i32.const 46)))))
            (local.set $a (i32.load8_u (local.get $after)))
            (if (i32.or (call $isUpper (local.get $a)) (i32.eq (local.get $a) (i32.const 108)))
              (then (return (i32.const 0))))))))
    (i32.const 1))

  ;; Fills the columns for the `count` lines and lists the lines JavaScript
  ;; must read: every line that is not blank and not certainly prose. Returns
  ;; how many.
  (func (export "scan") (result i32)
    (local $i i32) (local $ls i32) (local $le i32) (local $f i32) (local $e i32)
    (local $c i32) (local $colon i32) (local $visits i32) (local $row i32)
    (loop $line
      (local.set $le (call $nextBreak (local.get $ls)))
      (local.set $row (i32.shl (local.get $i) (i32.const 2)))
      (i32.store (i32.add (global.get $startsAt) (local.get $row)) (local.get $ls))
      (i32.store (i32.add (global.get $endsAt) (local.get $row)) (local.get $le))
      (local.set $f (local.get $ls))
      (block $found
        (loop $space
          (br_if $found (i32.ge_s (local.get $f) (local.get $le)))
          (br_if $found (i32.eqz (call $isSpace (i32.load8_u (local.get $f)))))
          (local.set $f (i32.add (local.get $f) (i32.const 1)))
          (br $space)))
      (if (i32.ge_s (local.get $f) (local.get $le))
        (then
          (i32.store8 (i32.add (global.get $blankAt) (local.get $i)) (i32.const 1))
          (global.set $blanks (i32.add (global.get $blanks) (i32.const 1)))
          (i32.store (i32.add (global.get $firstAt) (local.get $row)) (i32.const -1))
          (i32.store (i32.add (global.get $lastAt) (local.get $row)) (local.get $ls)))
        (else
          (local.set $e (local.get $le))
          (block $found
            (loop $space
              ;; The line's first character is no white space: the search stops there at the latest.
              (br_if $found (i32.eqz (call $isSpace (i32.load8_u (i32.sub (local.get $e) (i32.const 1))))))
              (local.set $e (i32.sub (local.get $e) (i32.const 1)))
              (br $space)))
          (i32.store8 (i32.add (global.get $blankAt) (local.get $i)) (i32.const 0))
          (i32.store (i32.add (global.get $firstAt) (local.get $row)) (local.get $f))
          (i32.store (i32.add (global.get $lastAt) (local.get $row)) (local.get $e))
          (local.set $c (i32.load8_u (local.get $f)))
          (local.set $colon (call $colonIn (local.get $ls)
            (select (local.get $le) (i32.add (local.get $ls) (global.get $colonWindow))
              (i32.lt_s (local.get $le) (i32.add (local.get $ls) (global.get $colonWindow))))))
          (if (i32.or (i32.or (i32.ge_s (local.get $colon) (i32.const 0))
                              (i32.le_s (i32.sub (local.get $le) (local.get $ls)) (global.get $shortLine)))
                      (i32.eqz (call $isProse (local.get $f) (local.get $e) (local.get $le) (local.get $c) (i32.load8_u offset=1 (local.get $f)))))
            (then
              (i32.store (i32.add (global.get $visitAt) (i32.shl (local.get $visits) (i32.const 2))) (local.get $i))
              (i32.store (i32.add (global.get $colonAt) (i32.shl (local.get $visits) (i32.const 2))) (local.get $colon))
              (local.set $visits (i32.add (local.get $visits) (i32.const 1)))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.lt_u (local.get $le) (global.get $length))
        (then
          (local.set $ls (call $afterBreak (local.get $le)))
          (br $line))))
    (local.get $visits))
)
