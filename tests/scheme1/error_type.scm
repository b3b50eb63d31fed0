;; expect-status: 1
; A primitive applied to the wrong type.
(define l '(1 2))
(display (car (cdr l)))
(newline)
(car
  (cdr (cdr l)))
