;; expect-status: 7
;; args: one two
; exit with a code; argv and command-line.
(display (command-line)) (newline)
(display (argv)) (newline)
(display (cdr (sys-argv))) (newline)
(exit 7)
(display "not reached\n")
