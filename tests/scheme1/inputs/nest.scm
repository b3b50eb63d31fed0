; nest.scm DEPTH: spawn scheme1 on itself DEPTH levels deep; the
; innermost runs the child program. Exits with the child's status + DEPTH.
(define depth (string->number (car (argv))))
(display (format "nest ~a: start~%" depth))
(define r
  (if (= depth 0)
      (run "child" "exit" "40")
      (run "scheme1" "nest.scm" (number->string (- depth 1)))))
(display (format "nest ~a: child returned ~s~%" depth r))
(exit (+ (cdr r) 1))
