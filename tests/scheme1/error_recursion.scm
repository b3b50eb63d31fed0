;; expect-status: 1
; Unbounded non-tail recursion ends in an error, not a crash; recursion
; a million deep is fine.
(define (depth n) (if (= n 0) 0 (+ 1 (depth (- n 1)))))
(display (depth 1000000))
(newline)
(define (forever n) (+ 1 (forever n)))
(forever 0)
