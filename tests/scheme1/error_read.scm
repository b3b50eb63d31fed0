;; expect-status: 1
; An unterminated list: the reader's error names the line it reached.
(display "the forms before it run\n")
(define x '(1 2
  3
