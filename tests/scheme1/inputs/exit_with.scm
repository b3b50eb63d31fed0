; exit_with.scm CODE: a child script that prints its arguments and exits with CODE
(display (format "exit_with: ~s~%" (command-line)))
(exit (string->number (car (argv))))
