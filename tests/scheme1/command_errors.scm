; scheme1's own command line: a missing script, no script, a #! line.
(display (run "scheme1" "no-such-script.scm")) (newline)
(display (run "scheme1")) (newline)
(let ((p (cdr (open-output "shebang.scm"))))
  (write-string p "#!/usr/bin/env scheme1\n(display \"shebang line skipped\")\n(newline)\n(car '())\n")
  (close p))
(display (run "scheme1" "shebang.scm")) (newline)
(delete-file "shebang.scm")
