;; expect-status: 1
; A malformed special form is reported before it runs.
(display "first form runs\n")
(define (g)
  (if))
