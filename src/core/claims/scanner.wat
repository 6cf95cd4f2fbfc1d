;; The word scanner of words.ts (`scanWordsInto` given `CueSums`, scoring with
;; float32 weights) in WebAssembly, for a text of bytes (its characters under
;; 256, or wide ones given a byte read the same: words.ts `narrowStandIn`):
;; the same words, hashes, flags, buckets and sums, in the same order. A word
;; of small letters, most words, is found eight bytes at a time with no branch
;; per letter (the JavaScript loop mispredicted the end of about every word),
;; and its hash, lists, ending flags and own bucket's weight are kept in a
;; word cache. wasmScanner.ts lays out the memory and sets the globals;
;; compiled to scannerWasm.ts by scripts/build-scanner.mjs.
;;
;; Memory: results of the last sentence at 0 (see wasmScanner.ts), lower
;; case of 0-255 as u16 at 64, 1 for a letter of 0-255 at 576 (the loads'
;; offsets; wasmScanner.ts writes them there), the lexicon's slots (word
;; hash, list bits) at $lexiconAt, the weights of the hashed buckets as f32
;; at $weightsAt, the word cache at $cacheAt, and the text's bytes at
;; $textAt, with 16 bytes after it (words are read 16 bytes at a time).
(module
  (memory (export "memory") 1)
  (global $lexiconAt (export "lexiconAt") (mut i32) (i32.const 0))
  (global $weightsAt (export "weightsAt") (mut i32) (i32.const 0))
  (global $textAt (export "textAt") (mut i32) (i32.const 0))
  ;; The word cache: 8,192 entries of 32 bytes, zeroed by wasmScanner.ts whenever the weights may have changed.
  (global $cacheAt (export "cacheAt") (mut i32) (i32.const 0))
  ;; A second byte read as a quotation mark that closes nothing (`“` in a text of wide characters), else 34.
  (global $openQuote (export "openQuote") (mut i32) (i32.const 34))
  ;; The lexicon's multiplier and shift, the list bits counted, the cue bits, the bucket mask.
  (global $multiplier (export "multiplier") (mut i32) (i32.const 0))
  (global $shift (export "shift") (mut i32) (i32.const 31))
  (global $comparativeBit (export "comparativeBit") (mut i32) (i32.const 0))
  (global $policyBit (export "policyBit") (mut i32) (i32.const 0))
  (global $stopCapBit (export "stopCapBit") (mut i32) (i32.const 0))
  (global $notEstBit (export "notEstBit") (mut i32) (i32.const 0))
  (global $estish (export "estish") (mut i32) (i32.const 0))
  (global $questionMark (export "questionMark") (mut i32) (i32.const 0))
  (global $exclamationMark (export "exclamationMark") (mut i32) (i32.const 0))
  (global $mask (export "mask") (mut i32) (i32.const 0))
  ;; The mix head a sentence starts from, and the hashes numbers are read as.
  (global $startHead (export "startHead") (mut i32) (i32.const 0))
  (global $numberHash (export "numberHash") (mut i32) (i32.const 0))
  (global $percentHash (export "percentHash") (mut i32) (i32.const 0))
  (global $yearHash (export "yearHash") (mut i32) (i32.const 0))
  ;; The hashes of `?` and `!`.
  (global $questionHash (export "questionHash") (mut i32) (i32.const 0))
  (global $exclamationHash (export "exclamationHash") (mut i32) (i32.const 0))

  ;; White space as `\s` means it, under 256.
  (func $isWhite (param $c i32) (result i32)
    (i32.or
      (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5)))
      (i32.eq (local.get $c) (i32.const 0xa0))))

  ;; The character at `at` as a word's hash reads it (words.ts `foldAt`).
  (func $foldAt (param $at i32) (result i32)
    (local $c i32) (local $t i32)
    (local.set $t (global.get $textAt))
    (local.set $c (i32.load8_u (i32.add (local.get $t) (local.get $at))))
    (if (result i32) (i32.lt_u (local.get $c) (i32.const 128))
      (then (select (i32.add (local.get $c) (i32.const 32)) (local.get $c) (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26))))
      (else (i32.load16_u offset=64 (i32.shl (local.get $c) (i32.const 1))))))

  ;; words.ts `endingFlags`: W_ED 32, W_EST 64, W_NT 128.
  (func $endingFlags (param $end i32) (param $len i32) (param $last i32) (result i32)
    (local $c2 i32) (local $c3 i32)
    (if (i32.eq (local.get $last) (i32.const 100))
      (then (return (select (i32.const 32) (i32.const 0)
        (i32.and (i32.gt_s (local.get $len) (i32.const 4)) (i32.eq (call $foldAt (i32.sub (local.get $end) (i32.const 2))) (i32.const 101)))))))
    (if (i32.lt_s (local.get $len) (i32.const 3)) (then (return (i32.const 0))))
    (local.set $c2 (call $foldAt (i32.sub (local.get $end) (i32.const 2))))
    (local.set $c3 (call $foldAt (i32.sub (local.get $end) (i32.const 3))))
    (if (i32.and (i32.gt_s (local.get $len) (i32.const 5)) (i32.and (i32.eq (local.get $c3) (i32.const 101)) (i32.eq (local.get $c2) (i32.const 115))))
      (then (return (i32.const 64))))
    (select (i32.const 128) (i32.const 0) (i32.and (i32.eq (local.get $c3) (i32.const 110)) (i32.eq (local.get $c2) (i32.const 39)))))

  ;; Whether text[start, end) ends in `?`, maybe followed by closing quotes or a bracket (cues.ts `endsWithQuestion`).
  (func $endsWithQuestion (param $start i32) (param $end i32) (result i32)
    (local $i i32) (local $c i32) (local $t i32)
    (local.set $t (global.get $textAt))
    (local.set $i (local.get $end))
    (block $b1 (loop $l1
      (br_if $b1 (i32.le_s (local.get $i) (local.get $start)))
      (br_if $b1 (i32.eqz (call $isWhite (i32.load8_u (i32.add (local.get $t) (i32.sub (local.get $i) (i32.const 1)))))))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $l1)))
    (block $b2 (loop $l2
      (br_if $b2 (i32.le_s (local.get $i) (local.get $start)))
      (local.set $c (i32.load8_u (i32.add (local.get $t) (i32.sub (local.get $i) (i32.const 1)))))
      (br_if $b2 (i32.eqz (i32.or (i32.or (i32.eq (local.get $c) (i32.const 34)) (i32.eq (local.get $c) (i32.const 39))) (i32.eq (local.get $c) (i32.const 41)))))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $l2)))
    (block $b3 (loop $l3
      (br_if $b3 (i32.le_s (local.get $i) (local.get $start)))
      (br_if $b3 (i32.eqz (call $isWhite (i32.load8_u (i32.add (local.get $t) (i32.sub (local.get $i) (i32.const 1)))))))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $l3)))
    (i32.and (i32.gt_s (local.get $i) (local.get $start)) (i32.eq (i32.load8_u (i32.add (local.get $t) (i32.sub (local.get $i) (i32.const 1)))) (i32.const 63))))

  ;; Reads the words of text[from, to) and writes the sentence's measures at 0:
  ;; sum f64 at 0, then i32s: count 8, prevHead 12, flags 16, lists 20, numbers 24,
  ;; comparatives 28, policy 32, acronyms 36, capsInside 40, marks 44, ends in a question 48.
  ;; Returns the `T_` flags of the text (T_QUOTE 1, T_ODD_SPACE 2).
  (func (export "sentence") (param $from i32) (param $to i32) (result i32)
    (local $i i32) (local $c i32) (local $textFlags i32)
    (local $hash i32) (local $flags i32) (local $len i32)
    (local $start i32) (local $h i32) (local $upper i32) (local $inner i32) (local $ch i32) (local $last i32) (local $lc i32)
    (local $digitsOnly i32) (local $first i32)
    (local $sum f64) (local $count i32) (local $prevHead i32) (local $allFlags i32) (local $lists i32)
    (local $numbers i32) (local $comparatives i32) (local $policy i32) (local $acronyms i32) (local $capsInside i32) (local $marks i32)
    (local $head i32) (local $slot i32) (local $onLists i32) (local $k i32) (local $x i32)
    ;; Where the text and the weights start.
    (local $t i32) (local $wAt i32)
    ;; A word of small letters read eight bytes at a time: the bytes, the bit 7 of each byte that is not a small
    ;; ASCII letter, the letters in each eight, the word's bytes as its key, its cache entry.
    (local $x1 i64) (local $x2 i64) (local $m i64) (local $len1 i32) (local $len2 i32) (local $k1 i64) (local $k2 i64) (local $e i32) (local $end i32)
    (local $w1 f32)
    (local.set $t (global.get $textAt))
    (local.set $wAt (global.get $weightsAt))
    (local.set $prevHead (global.get $startHead))
    (local.set $i (local.get $from))
    (local.set $c (select (i32.load8_u (i32.add (local.get $t) (local.get $i))) (i32.const 0) (i32.lt_s (local.get $i) (local.get $to))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $to)))
        (local.set $flags (i32.const 0))
        (block $word
          ;; A space: what follows is read at once; two in a row are odd white space.
          (if (i32.eq (local.get $c) (i32.const 32))
            (then
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $done (i32.ge_s (local.get $i) (local.get $to)))
              (local.set $c (i32.load8_u (i32.add (local.get $t) (local.get $i))))
              (if (i32.eq (local.get $c) (i32.const 32))
                (then
                  (local.set $textFlags (i32.or (local.get $textFlags) (i32.const 2)))
                  (br $next)))))
          ;; A word of up to 15 small ASCII letters followed by a character no word goes on with (a
          ;; space mostly): its letters are found eight bytes at a time with no branch per letter, and its
          ;; hash, lists, ending flags and own bucket's weight are taken from the word cache (worked out the
          ;; first time the word is met: the same as the general case below gives). Its cues then need no
          ;; branch: a small-letter word is no number, capital or sign.
          (if (i32.lt_u (i32.sub (local.get $c) (i32.const 97)) (i32.const 26))
            (then
              (local.set $x1 (i64.load (i32.add (local.get $t) (local.get $i))))
              (local.set $x2 (i64.load offset=8 (i32.add (local.get $t) (local.get $i))))
              ;; Bit 7 of a byte set when it is not in 97-122: (b & 7F) + 31 reaches 128 from 97 up, + 5 from 123 up.
              (local.set $m (i64.and
                (i64.or (i64.or (local.get $x1)
                  (i64.xor (i64.add (i64.and (local.get $x1) (i64.const 0x7f7f7f7f7f7f7f7f)) (i64.const 0x1f1f1f1f1f1f1f1f)) (i64.const -1)))
                  (i64.add (i64.and (local.get $x1) (i64.const 0x7f7f7f7f7f7f7f7f)) (i64.const 0x0505050505050505)))
                (i64.const 0x8080808080808080)))
              (local.set $len1 (i32.wrap_i64 (i64.shr_u (i64.ctz (local.get $m)) (i64.const 3))))
              (local.set $m (i64.and
                (i64.or (i64.or (local.get $x2)
                  (i64.xor (i64.add (i64.and (local.get $x2) (i64.const 0x7f7f7f7f7f7f7f7f)) (i64.const 0x1f1f1f1f1f1f1f1f)) (i64.const -1)))
                  (i64.add (i64.and (local.get $x2) (i64.const 0x7f7f7f7f7f7f7f7f)) (i64.const 0x0505050505050505)))
                (i64.const 0x8080808080808080)))
              (local.set $len2 (select (i32.wrap_i64 (i64.shr_u (i64.ctz (local.get $m)) (i64.const 3))) (i32.const 0) (i32.eq (local.get $len1) (i32.const 8))))
              (local.set $k1 (i64.and (local.get $x1) (i64.shr_u (i64.const -1) (i64.extend_i32_u (i32.sub (i32.const 64) (i32.shl (local.get $len1) (i32.const 3)))))))
              (local.set $k2 (select
                (i64.and (local.get $x2) (i64.shr_u (i64.const -1) (i64.extend_i32_u (i32.sub (i32.const 64) (i32.shl (local.get $len2) (i32.const 3))))))
                (i64.const 0)
                (local.get $len2)))
              (local.set $len (i32.add (local.get $len1) (local.get $len2)))
              (local.set $end (i32.add (local.get $i) (local.get $len)))
              (block $general
                ;; Sixteen letters or more, or a word that runs past the stretch: the general case.
                (br_if $general (i32.ge_u (local.get $len) (i32.const 16)))
                (br_if $general (i32.gt_s (local.get $end) (local.get $to)))
                (local.set $ch (select (i32.load8_u (i32.add (local.get $t) (local.get $end))) (i32.const 0) (i32.lt_s (local.get $end) (local.get $to))))
                (if (i32.ne (local.get $ch) (i32.const 32))
                  (then
                    ;; What may go on a word (words.ts `maybeInWord`): a capital, `'`, `-`, a letter over 127.
                    (br_if $general (i32.lt_u (i32.sub (local.get $ch) (i32.const 65)) (i32.const 26)))
                    (br_if $general (i32.or (i32.eq (local.get $ch) (i32.const 39)) (i32.eq (local.get $ch) (i32.const 45))))
                    (br_if $general (i32.and (i32.ge_u (local.get $ch) (i32.const 128)) (i32.load8_u offset=576 (local.get $ch))))))
                (local.set $e (i32.add (global.get $cacheAt)
                  (i32.shl (i32.wrap_i64 (i64.shr_u
                    (i64.mul (i64.xor (local.get $k1) (i64.mul (local.get $k2) (i64.const 0x9e3779b97f4a7c15))) (i64.const 0xbf58476d1ce4e5b9))
                    (i64.const 51))) (i32.const 5))))
                (if (i32.eqz (i32.and (i64.eq (i64.load (local.get $e)) (local.get $k1)) (i64.eq (i64.load offset=8 (local.get $e)) (local.get $k2))))
                  (then
                    ;; Met for the first time (or its entry taken by another word): worked out as the general case does.
                    (local.set $h (i32.const 0x811c9dc5))
                    (local.set $start (local.get $i))
                    (loop $hash
                      (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (i32.add (local.get $t) (local.get $start)))) (i32.const 0x01000193)))
                      (local.set $start (i32.add (local.get $start) (i32.const 1)))
                      (br_if $hash (i32.lt_s (local.get $start) (local.get $end))))
                    (local.set $last (i32.load8_u (i32.add (local.get $t) (i32.sub (local.get $end) (i32.const 1)))))
                    (local.set $flags (select
                      (call $endingFlags (local.get $end) (local.get $len) (local.get $last))
                      (i32.const 0)
                      (i32.eq (i32.or (local.get $last) (i32.const 16)) (i32.const 116))))
                    (local.set $slot (i32.add (global.get $lexiconAt)
                      (i32.shl (i32.shr_u (i32.mul (local.get $h) (global.get $multiplier)) (global.get $shift)) (i32.const 3))))
                    (local.set $head (i32.mul (i32.xor (local.get $h) (i32.const 0x9e3779b9)) (i32.const 0x85ebca6b)))
                    (i64.store (local.get $e) (local.get $k1))
                    (i64.store offset=8 (local.get $e) (local.get $k2))
                    (i32.store offset=16 (local.get $e) (local.get $h))
                    (i32.store offset=20 (local.get $e)
                      (select (i32.load offset=4 (local.get $slot)) (i32.const 0) (i32.eq (i32.load (local.get $slot)) (local.get $h))))
                    (i32.store offset=24 (local.get $e) (local.get $flags))
                    (f32.store offset=28 (local.get $e) (f32.load (i32.add (local.get $wAt) (i32.shl (i32.and
                      (i32.xor (local.tee $x (i32.mul (i32.xor (local.get $head) (i32.shr_u (local.get $head) (i32.const 13))) (i32.const 0xc2b2ae35))) (i32.shr_u (local.get $x) (i32.const 16)))
                      (global.get $mask)) (i32.const 2)))))))
                (local.set $hash (i32.load offset=16 (local.get $e)))
                (local.set $onLists (i32.load offset=20 (local.get $e)))
                (local.set $flags (i32.load offset=24 (local.get $e)))
                (local.set $head (i32.mul (i32.xor (local.get $hash) (i32.const 0x9e3779b9)) (i32.const 0x85ebca6b)))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))
                (local.set $sum (f64.add (local.get $sum)
                  (f64.add
                    (f64.promote_f32 (f32.load offset=28 (local.get $e)))
                    (f64.promote_f32 (f32.load (i32.add (local.get $wAt) (i32.shl (i32.and
                      (i32.xor (local.tee $x (i32.mul (i32.xor (i32.xor (local.get $prevHead) (i32.shr_u (local.get $prevHead) (i32.const 13))) (local.get $hash)) (i32.const 0xc2b2ae35))) (i32.shr_u (local.get $x) (i32.const 16)))
                      (global.get $mask)) (i32.const 2))))))))
                (local.set $prevHead (local.get $head))
                (local.set $lists (i32.or (local.get $lists) (local.get $onLists)))
                (local.set $allFlags (i32.or (i32.or (local.get $allFlags) (local.get $flags))
                  (select (global.get $estish) (i32.const 0)
                    (i32.and (i32.ne (i32.and (local.get $flags) (i32.const 64)) (i32.const 0)) (i32.eqz (i32.and (local.get $onLists) (global.get $notEstBit)))))))
                (local.set $comparatives (i32.add (local.get $comparatives) (i32.ne (i32.and (local.get $onLists) (global.get $comparativeBit)) (i32.const 0))))
                (local.set $policy (i32.add (local.get $policy) (i32.ne (i32.and (local.get $onLists) (global.get $policyBit)) (i32.const 0))))
                (local.set $i (local.get $end))
                (local.set $c (local.get $ch))
                (br $next))
              (local.set $flags (i32.const 0))))
          ;; A number: digits with inner `.` or `,`, maybe `%` after.
          (if (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10))
            (then
              (local.set $start (local.get $i))
              (local.set $digitsOnly (i32.const 1))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $c (i32.const 0))
              (block $numEnd (loop $num
                (br_if $numEnd (i32.ge_s (local.get $i) (local.get $to)))
                (local.set $c (i32.load8_u (i32.add (local.get $t) (local.get $i))))
                (if (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10))
                  (then (local.set $i (i32.add (local.get $i) (i32.const 1))))
                  (else
                    (br_if $numEnd (i32.eqz (i32.and
                      (i32.or (i32.eq (local.get $c) (i32.const 46)) (i32.eq (local.get $c) (i32.const 44)))
                      (i32.lt_s (i32.add (local.get $i) (i32.const 1)) (local.get $to)))))
                    (br_if $numEnd (i32.eqz (i32.lt_u (i32.sub (i32.load8_u (i32.add (local.get $t) (i32.add (local.get $i) (i32.const 1)))) (i32.const 48)) (i32.const 10))))
                    (local.set $digitsOnly (i32.const 0))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))))
                (local.set $c (i32.const 0))
                (br $num)))
              (if (i32.eq (local.get $c) (i32.const 37))
                (then
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (local.set $c (select (i32.load8_u (i32.add (local.get $t) (local.get $i))) (i32.const 0) (i32.lt_s (local.get $i) (local.get $to))))
                  (local.set $len (i32.sub (local.get $i) (local.get $start)))
                  (local.set $hash (global.get $percentHash))
                  (local.set $flags (i32.const 3))
                  (br $word)))
              (local.set $len (i32.sub (local.get $i) (local.get $start)))
              (if (i32.and (local.get $digitsOnly) (i32.eq (local.get $len) (i32.const 4)))
                (then
                  (local.set $h (i32.load8_u (i32.add (local.get $t) (local.get $start))))
                  (local.set $lc (i32.load8_u (i32.add (local.get $t) (i32.add (local.get $start) (i32.const 1)))))
                  (if (i32.or
                        (i32.and (i32.eq (local.get $h) (i32.const 49)) (i32.or (i32.eq (local.get $lc) (i32.const 56)) (i32.eq (local.get $lc) (i32.const 57))))
                        (i32.and (i32.eq (local.get $h) (i32.const 50)) (i32.eq (local.get $lc) (i32.const 48))))
                    (then
                      (local.set $hash (global.get $yearHash))
                      (local.set $flags (i32.const 5))
                      (br $word)))))
              (local.set $hash (global.get $numberHash))
              (local.set $flags (i32.const 1))
              (br $word)))
          ;; A word of letters, with inner `'` and `-`.
          (if (select (i32.lt_u (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)) (i32.const 26)) (i32.load8_u offset=576 (local.get $c)) (i32.lt_u (local.get $c) (i32.const 128)))
            (then
              (local.set $start (local.get $i))
              (local.set $h (i32.const 0x811c9dc5))
              (local.set $upper (i32.const 0))
              (local.set $inner (i32.const 0))
              (local.set $ch (local.get $c))
              (local.set $last (i32.const 0))
              (block $wordEnd (loop $letters
                (if (i32.eqz (i32.or (i32.lt_u (i32.sub (local.get $ch) (i32.const 97)) (i32.const 26))
                                     (i32.or (i32.eq (local.get $ch) (i32.const 39)) (i32.eq (local.get $ch) (i32.const 45)))))
                  (then
                    (if (i32.lt_u (i32.sub (local.get $ch) (i32.const 65)) (i32.const 26))
                      (then
                        (local.set $ch (i32.add (local.get $ch) (i32.const 32)))
                        (local.set $upper (i32.add (local.get $upper) (i32.const 1))))
                      (else
                        (local.set $lc (i32.load16_u offset=64 (i32.shl (local.get $ch) (i32.const 1))))
                        (local.set $upper (i32.add (local.get $upper) (i32.ne (local.get $lc) (local.get $ch))))
                        (local.set $ch (local.get $lc))))))
                (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $ch)) (i32.const 0x01000193)))
                (local.set $last (local.get $ch))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (local.set $ch (i32.const 0))
                ;; Most of a word is a run of small ASCII letters.
                (block $runEnd (loop $run
                  (br_if $runEnd (i32.ge_s (local.get $i) (local.get $to)))
                  (local.set $ch (i32.load8_u (i32.add (local.get $t) (local.get $i))))
                  (br_if $runEnd (i32.ge_u (i32.sub (local.get $ch) (i32.const 97)) (i32.const 26)))
                  (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $ch)) (i32.const 0x01000193)))
                  (local.set $last (local.get $ch))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (local.set $ch (i32.const 0))
                  (br $run)))
                (br_if $wordEnd (i32.ge_s (local.get $i) (local.get $to)))
                ;; A capital or another letter goes on; so does `'` or `-` before a letter.
                (br_if $letters (i32.lt_u (i32.sub (local.get $ch) (i32.const 65)) (i32.const 26)))
                (br_if $letters (i32.and (i32.ge_u (local.get $ch) (i32.const 128)) (i32.load8_u offset=576 (local.get $ch))))
                (if (i32.and
                      (i32.or (i32.eq (local.get $ch) (i32.const 39)) (i32.eq (local.get $ch) (i32.const 45)))
                      (i32.lt_s (i32.add (local.get $i) (i32.const 1)) (local.get $to)))
                  (then
                    (local.set $lc (i32.load8_u (i32.add (local.get $t) (i32.add (local.get $i) (i32.const 1)))))
                    (if (select (i32.lt_u (i32.sub (i32.or (local.get $lc) (i32.const 32)) (i32.const 97)) (i32.const 26)) (i32.load8_u offset=576 (local.get $lc)) (i32.lt_u (local.get $lc) (i32.const 128)))
                      (then
                        (local.set $inner (i32.add (local.get $inner) (i32.const 1)))
                        (br $letters)))))))
              (local.set $c (local.get $ch))
              (local.set $len (i32.sub (local.get $i) (local.get $start)))
              (local.set $first (i32.load8_u (i32.add (local.get $t) (local.get $start))))
              (if (i32.or (i32.lt_u (i32.sub (local.get $first) (i32.const 65)) (i32.const 26))
                          (i32.and (i32.ge_u (local.get $first) (i32.const 128)) (i32.ne (i32.load16_u offset=64 (i32.shl (local.get $first) (i32.const 1))) (local.get $first))))
                (then (local.set $flags (i32.or (local.get $flags) (i32.const 8)))))
              (if (i32.and (i32.eq (local.get $upper) (i32.sub (local.get $len) (local.get $inner))) (i32.ge_s (local.get $upper) (i32.const 2)))
                (then (local.set $flags (i32.or (local.get $flags) (i32.const 16)))))
              (if (i32.eq (i32.or (local.get $last) (i32.const 16)) (i32.const 116))
                (then (local.set $flags (i32.or (local.get $flags) (call $endingFlags (local.get $i) (local.get $len) (local.get $last))))))
              (local.set $hash (local.get $h))
              (br $word)))
          ;; A sign that counts as a word: `$ £ % ? !`.
          (if (i32.or (i32.or (i32.or (i32.eq (local.get $c) (i32.const 36)) (i32.eq (local.get $c) (i32.const 0xa3)))
                              (i32.eq (local.get $c) (i32.const 37)))
                      (i32.or (i32.eq (local.get $c) (i32.const 63)) (i32.eq (local.get $c) (i32.const 33))))
            (then
              (local.set $hash (i32.mul (i32.xor (i32.const 0x811c9dc5) (local.get $c)) (i32.const 0x01000193)))
              (local.set $flags (i32.const 256))
              (local.set $len (i32.const 1))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (local.set $c (select (i32.load8_u (i32.add (local.get $t) (local.get $i))) (i32.const 0) (i32.lt_s (local.get $i) (local.get $to))))
              (br $word)))
          ;; Anything else: a quotation mark or odd white space is noted.
          (if (i32.or (i32.eq (local.get $c) (i32.const 34)) (i32.eq (local.get $c) (global.get $openQuote)))
            (then (local.set $textFlags (i32.or (local.get $textFlags) (i32.const 1))))
            (else (if (call $isWhite (local.get $c))
              (then (local.set $textFlags (i32.or (local.get $textFlags) (i32.const 2)))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (local.set $c (select (i32.load8_u (i32.add (local.get $t) (local.get $i))) (i32.const 0) (i32.lt_s (local.get $i) (local.get $to))))
          (br $next))
        ;; The word's cues: its buckets' weights, its lists and flags.
        (local.set $head (i32.mul (i32.xor (local.get $hash) (i32.const 0x9e3779b9)) (i32.const 0x85ebca6b)))
        (local.set $slot (i32.add (global.get $lexiconAt)
          (i32.shl (i32.shr_u (i32.mul (local.get $hash) (global.get $multiplier)) (global.get $shift)) (i32.const 3))))
        (local.set $onLists (select (i32.load offset=4 (local.get $slot)) (i32.const 0) (i32.eq (i32.load (local.get $slot)) (local.get $hash))))
        (local.set $k (local.get $count))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (local.set $sum (f64.add (local.get $sum)
          (f64.add
            (f64.promote_f32 (f32.load (i32.add (local.get $wAt) (i32.shl (i32.and (i32.xor (local.tee $x (i32.mul (i32.xor (local.get $head) (i32.shr_u (local.get $head) (i32.const 13))) (i32.const 0xc2b2ae35))) (i32.shr_u (local.get $x) (i32.const 16))) (global.get $mask)) (i32.const 2)))))
            (f64.promote_f32 (f32.load (i32.add (local.get $wAt) (i32.shl (i32.and (i32.xor (local.tee $x (i32.mul (i32.xor (i32.xor (local.get $prevHead) (i32.shr_u (local.get $prevHead) (i32.const 13))) (local.get $hash)) (i32.const 0xc2b2ae35))) (i32.shr_u (local.get $x) (i32.const 16))) (global.get $mask)) (i32.const 2))))))))
        (local.set $prevHead (local.get $head))
        (br_if $next (i32.eqz (i32.or (local.get $flags) (local.get $onLists))))
        (local.set $lists (i32.or (local.get $lists) (local.get $onLists)))
        (local.set $allFlags (i32.or (local.get $allFlags) (local.get $flags)))
        (local.set $numbers (i32.add (local.get $numbers) (i32.and (local.get $flags) (i32.const 1))))
        (local.set $comparatives (i32.add (local.get $comparatives) (i32.ne (i32.and (local.get $onLists) (global.get $comparativeBit)) (i32.const 0))))
        (local.set $policy (i32.add (local.get $policy) (i32.ne (i32.and (local.get $onLists) (global.get $policyBit)) (i32.const 0))))
        (if (i32.and (i32.ne (i32.and (local.get $flags) (i32.const 16)) (i32.const 0)) (i32.le_s (local.get $len) (i32.const 6)))
          (then (local.set $acronyms (i32.add (local.get $acronyms) (i32.const 1))))
          (else
            (if (i32.and
                  (i32.and (i32.gt_s (local.get $k) (i32.const 0)) (i32.eq (i32.and (local.get $flags) (i32.const 24)) (i32.const 8)))
                  (i32.eqz (i32.and (local.get $onLists) (global.get $stopCapBit))))
              (then (local.set $capsInside (i32.add (local.get $capsInside) (i32.const 1)))))))
        (if (i32.and (i32.ne (i32.and (local.get $flags) (i32.const 64)) (i32.const 0)) (i32.eqz (i32.and (local.get $onLists) (global.get $notEstBit))))
          (then (local.set $allFlags (i32.or (local.get $allFlags) (global.get $estish)))))
        (if (i32.and (local.get $flags) (i32.const 256))
          (then
            (if (i32.eq (local.get $hash) (global.get $questionHash))
              (then (local.set $marks (i32.or (local.get $marks) (global.get $questionMark))))
              (else (if (i32.eq (local.get $hash) (global.get $exclamationHash))
                (then (local.set $marks (i32.or (local.get $marks) (global.get $exclamationMark)))))))))
        (br $next)))
    (f64.store (i32.const 0) (local.get $sum))
    (i32.store (i32.const 8) (local.get $count))
    (i32.store (i32.const 12) (local.get $prevHead))
    (i32.store (i32.const 16) (local.get $allFlags))
    (i32.store (i32.const 20) (local.get $lists))
    (i32.store (i32.const 24) (local.get $numbers))
    (i32.store (i32.const 28) (local.get $comparatives))
    (i32.store (i32.const 32) (local.get $policy))
    (i32.store (i32.const 36) (local.get $acronyms))
    (i32.store (i32.const 40) (local.get $capsInside))
    (i32.store (i32.const 44) (local.get $marks))
    (i32.store (i32.const 48) (call $endsWithQuestion (local.get $from) (local.get $to)))
    (local.get $textFlags))
)
