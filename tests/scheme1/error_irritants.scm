;; expect-status: 1
; error with irritants: strings are written, symbols and numbers as is.
(define (step! prog . args)
  (let ((r (apply run prog args)))
    (if (not (and (car r) (= (cdr r) 0)))
        (error "step failed" prog args r))))
(step! "child" "exit" "0")
(step! "child" "exit" "2")
