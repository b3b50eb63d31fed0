;; expect-status: 1
; An unbound variable: the message names it, with the file and line.
(display "before\n")
(define (f x)
  (+ x undefined-thing))
(f 1)
(display "not reached\n")
