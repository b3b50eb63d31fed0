;; expect-status: 1
; pmatch without a matching clause.
(define (f x) (pmatch x ((a ,y) y)))
(display (f '(a 1)))
(newline)
(f '(b 2))
