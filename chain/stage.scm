;;; stage.scm: what the stage scripts share. chain/lib.sh puts it in
;;; front of each script (gate2.scm, boot4.scm) when it makes the inputs.

(define libc-flags
  '("-nostdinc" "-isystem" "libc/include" "-Ilibc/src/internal" "-Ilibc/arch/aarch64"))

(define (ok r what)
  (if (car r) (cdr r) (error "cannot" what (cdr r))))

(define (read-lines path)
  (let ((port (ok (open-input path) path)))
    (let loop ((acc '()))
      (let ((line (ok (read-line port) path)))
        (if (eof-object? line)
            (begin (close port) (reverse acc))
            (loop (cons line acc)))))))

(define (file-bytes path)
  (let* ((port (ok (open-input path) path)) (all (ok (read-all port) path)))
    (close port)
    all))

;; libc/src/stdio/printf.c -> libc-src-stdio-printf.o: the file system is
;; flat, and the same names in every stage keep archives comparable (an
;; archive holds its members' names).
(define (object-name source)
  (string-append (string-map (lambda (c) (if (char=? c #\/) #\- c))
                             (substring source 0 (- (string-length source) 2)))
                 ".o"))

;; One progress line per step, "[n/total] command"; a failing step stops
;; the run with its number, command and status, and every file made so
;; far leaves the machine.
(define total 0)
(define steps 0)
(define (step! prog . args)
  (set! steps (+ steps 1))
  (display (format "[~a/~a] ~a ~a~%" steps total prog (string-join args " ")))
  (let ((r (apply run prog args)))
    (if (not (and (car r) (= (cdr r) 0)))
        (begin
          (display (format "~a: step ~a failed: ~a ~a: ~a ~a~%" stage-name steps prog
                           (string-join args " ")
                           (if (car r) "exit status" "could not run, errno")
                           (cdr r))
                   stderr)
          (exit 1)))))
