;; expect-status: 1
; Calling a procedure with the wrong number of arguments.
(define (two a b) (list a b))
(two 1 2)
(two 1)
