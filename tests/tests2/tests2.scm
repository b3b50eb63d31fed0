;;; tests2.scm: runs TinyCC's own test programs (tests/tests2 of its
;;; source) inside one boot, as its Makefile runs them.
;;; Inputs: scheme1, the compiler as tcc, its include/, libc.a, crt1.o,
;;; libtcc1.a, bcheck.o and bt-log.o (for -b), the tests' files, and
;;; plan: one command per line, its words separated by tabs: NAME K PROG
;;; ARG... Commands of one NAME run in order (K = 1, 2) while they
;;; succeed, as the Makefile's "&&".
;;; Outputs: NAME.output.K, each command's stdout and stderr together
;;; (tests/tests2/run compares them with NAME.expect). chain/stage.scm
;;; comes in front of this file (read-lines).

(define failed "")
(for-each
 (lambda (line)
   (let* ((w (string-split line #\tab)) (name (car w)) (k (cadr w)))
     (if (not (string=? name failed))
         (let ((r (apply run-to (string-append name ".output." k) (cddr w))))
           (if (not (and (car r) (= (cdr r) 0)))
               (set! failed name))
           (display (format "~a ~a: ~a~%" name k (if (car r) (cdr r) "not run")))))))
 (read-lines "plan"))
