;; make-directory, directory-list (sorted by bytes, without . and ..) and
;; sort; errors as (#f . errno).
(display (make-directory "d")) (newline)
(display (make-directory "d")) (newline)                 ; EEXIST
(display (make-directory "d/sub")) (newline)
(for-each (lambda (name) (close (cdr (open-output (string-append "d/" name)))))
          '("b" "a.c" "B" "a" "zz" "a-b"))
(display (directory-list "d")) (newline)
(display (directory-list "d/sub")) (newline)
(display (directory-list "missing")) (newline)           ; ENOENT
(display (directory-list "d/a")) (newline)               ; ENOTDIR
(display (make-directory "missing/x")) (newline)         ; ENOENT
(display (sort '(3 1 2 5 4 1) <)) (newline)
(display (sort '() <)) (newline)
(display (sort '("b" "B" "a") string<?)) (newline)
