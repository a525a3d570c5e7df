;; The corpus similarity scan of the prompt detector (maxDotKernel.ts): the largest dot product
;; between a query vector and the rows of a matrix (0 if none is positive), exactly as the scalar
;; loop `s += q[i] * row[i]` in doubles computes each row. SIMD lanes hold different ROWS, never
;; different dimensions, so every row is still summed in dimension order with the same roundings:
;; the result is bit-identical to the scalar loop, only 16 rows advance at once.
;;
;; Memory: the query as f64[dims] at 0, then the rows in blocks of 16 (the last block may hold 8):
;; for each dimension i, the block's values at i side by side as f64.
;; Compiled into core/src/detect/anomaly/maxDotWasm.ts by generateMaxDotWasm.ts.
(module
  (memory (export "memory") 1)

  ;; The largest of 0 and the dot products of the query with the first $rows rows.
  ;; $rows is a multiple of 8; $dims >= 1.
  (func (export "maxDot") (param $dims i32) (param $rows i32) (result f64)
    (local $end i32) (local $m i32) (local $best f64)
    (local.set $end (i32.shl (local.get $dims) (i32.const 3)))
    (local.set $m (local.get $end))
    (block $done
      (loop $blocks
        (br_if $done (i32.lt_u (local.get $rows) (i32.const 16)))
        (local.set $best (call $rows16 (local.get $end) (local.get $m) (local.get $best)))
        (local.set $m (i32.add (local.get $m) (i32.shl (local.get $dims) (i32.const 7))))
        (local.set $rows (i32.sub (local.get $rows) (i32.const 16)))
        (br $blocks)))
    (if (i32.ge_u (local.get $rows) (i32.const 8))
      (then (local.set $best (call $rows8 (local.get $end) (local.get $m) (local.get $best)))))
    (local.get $best))

  ;; The dot products of the query with 16 rows at once, two rows per f64x2; returns the largest
  ;; of $best and the 16. The maximum is taken lane by lane with `if (s > best) best = s`, as the
  ;; scalar loop did (a NaN row never wins). A vector max tree here would be no faster: V8 then
  ;; allocates the accumulators' registers worse and the loop above runs at less than half speed.
  (func $rows16 (param $end i32) (param $m i32) (param $best f64) (result f64)
    (local $q i32) (local $s f64) (local $x v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128)
    (loop $dims
      (local.set $x (v128.load64_splat (local.get $q)))
      (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $x) (v128.load offset=0 (local.get $m)))))
      (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $m)))))
      (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (local.get $x) (v128.load offset=32 (local.get $m)))))
      (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (local.get $x) (v128.load offset=48 (local.get $m)))))
      (local.set $a4 (f64x2.add (local.get $a4) (f64x2.mul (local.get $x) (v128.load offset=64 (local.get $m)))))
      (local.set $a5 (f64x2.add (local.get $a5) (f64x2.mul (local.get $x) (v128.load offset=80 (local.get $m)))))
      (local.set $a6 (f64x2.add (local.get $a6) (f64x2.mul (local.get $x) (v128.load offset=96 (local.get $m)))))
      (local.set $a7 (f64x2.add (local.get $a7) (f64x2.mul (local.get $x) (v128.load offset=112 (local.get $m)))))
      (local.set $q (i32.add (local.get $q) (i32.const 8)))
      (local.set $m (i32.add (local.get $m) (i32.const 128)))
      (br_if $dims (i32.lt_u (local.get $q) (local.get $end))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a0)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a0)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a1)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a1)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a2)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a2)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a3)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a3)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a4)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a4)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a5)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a5)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a6)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a6)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a7)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a7)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.get $best))

  ;; $rows16 for a last block of 8 rows.
  (func $rows8 (param $end i32) (param $m i32) (param $best f64) (result f64)
    (local $q i32) (local $s f64) (local $x v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (loop $dims
      (local.set $x (v128.load64_splat (local.get $q)))
      (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $x) (v128.load offset=0 (local.get $m)))))
      (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $x) (v128.load offset=16 (local.get $m)))))
      (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (local.get $x) (v128.load offset=32 (local.get $m)))))
      (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (local.get $x) (v128.load offset=48 (local.get $m)))))
      (local.set $q (i32.add (local.get $q) (i32.const 8)))
      (local.set $m (i32.add (local.get $m) (i32.const 64)))
      (br_if $dims (i32.lt_u (local.get $q) (local.get $end))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a0)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a0)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a1)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a1)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a2)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a2)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 0 (local.get $a3)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.set $s (f64x2.extract_lane 1 (local.get $a3)))
    (local.set $best (select (local.get $s) (local.get $best) (f64.gt (local.get $s) (local.get $best))))
    (local.get $best))
)
