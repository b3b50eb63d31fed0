;; expect-status: 1
; Deeply nested data is handled without overflowing the C stack: printing
; elides below the nesting limit, equal? stops with an error.
(define (nest n) (let loop ((i 0) (x '())) (if (= i n) x (loop (+ i 1) (list x)))))
(define deep (nest 100000))
(define s (format "~s" deep))
(display (string-length s)) (newline)
(display (substring s 9990 10020)) (newline)
(equal? deep (nest 100000))
