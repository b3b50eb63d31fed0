;; expect-status: 1
; An error inside a prelude procedure is reported at the program's call.
(define (first-of-each l)
  (map car l))
(display (first-of-each '((1) (2))))
(newline)
(first-of-each '((1) 2))
