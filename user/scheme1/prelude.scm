;;; prelude.scm: the R7RS-ish surface of scheme1, written on its
;;; primitives (see docs/SCHEME1.md). Compiled into the scheme1 binary
;;; (embed.c) and evaluated before the first form of the program.

;;; Pairs and lists

(define (caar x) (car (car x)))
(define (cadr x) (car (cdr x)))
(define (cdar x) (cdr (car x)))
(define (cddr x) (cdr (cdr x)))
(define (caaar x) (car (car (car x))))
(define (caadr x) (car (car (cdr x))))
(define (cadar x) (car (cdr (car x))))
(define (caddr x) (car (cdr (cdr x))))
(define (cdaar x) (cdr (car (car x))))
(define (cdadr x) (cdr (car (cdr x))))
(define (cddar x) (cdr (cdr (car x))))
(define (cdddr x) (cdr (cdr (cdr x))))
(define (caaaar x) (car (car (car (car x)))))
(define (caaadr x) (car (car (car (cdr x)))))
(define (caadar x) (car (car (cdr (car x)))))
(define (caaddr x) (car (car (cdr (cdr x)))))
(define (cadaar x) (car (cdr (car (car x)))))
(define (cadadr x) (car (cdr (car (cdr x)))))
(define (caddar x) (car (cdr (cdr (car x)))))
(define (cadddr x) (car (cdr (cdr (cdr x)))))
(define (cdaaar x) (cdr (car (car (car x)))))
(define (cdaadr x) (cdr (car (car (cdr x)))))
(define (cdadar x) (cdr (car (cdr (car x)))))
(define (cdaddr x) (cdr (car (cdr (cdr x)))))
(define (cddaar x) (cdr (cdr (car (car x)))))
(define (cddadr x) (cdr (cdr (car (cdr x)))))
(define (cdddar x) (cdr (cdr (cdr (car x)))))
(define (cddddr x) (cdr (cdr (cdr (cdr x)))))

(define (list-tail l k)
  (if (= k 0) l (list-tail (cdr l) (- k 1))))

(define (%all-pairs? ls)
  (or (null? ls) (and (pair? (car ls)) (%all-pairs? (cdr ls)))))

(define (%cars ls) (if (null? ls) '() (cons (caar ls) (%cars (cdr ls)))))
(define (%cdrs ls) (if (null? ls) '() (cons (cdar ls) (%cdrs (cdr ls)))))

(define (map f l . ls)
  (if (null? ls)
      (let loop ((l l) (acc '()))
        (if (pair? l)
            (loop (cdr l) (cons (f (car l)) acc))
            (reverse acc)))
      (let loop ((ls (cons l ls)) (acc '()))
        (if (%all-pairs? ls)
            (loop (%cdrs ls) (cons (apply f (%cars ls)) acc))
            (reverse acc)))))

(define (for-each f l . ls)
  (if (null? ls)
      (let loop ((l l))
        (when (pair? l)
          (f (car l))
          (loop (cdr l))))
      (let loop ((ls (cons l ls)))
        (when (%all-pairs? ls)
          (apply f (%cars ls))
          (loop (%cdrs ls))))))

(define (filter keep? l)
  (let loop ((l l) (acc '()))
    (cond ((null? l) (reverse acc))
          ((keep? (car l)) (loop (cdr l) (cons (car l) acc)))
          (else (loop (cdr l) acc)))))

(define (remove drop? l) (filter (lambda (x) (not (drop? x))) l))

;; (fold kons knil l): (kons elem acc) from the left, as in SRFI 1
(define (fold kons knil l)
  (if (null? l) knil (fold kons (kons (car l) knil) (cdr l))))

(define (fold-left f acc l)
  (if (null? l) acc (fold-left f (f acc (car l)) (cdr l))))

(define (fold-right f acc l)
  (fold (lambda (x a) (f x a)) acc (reverse l)))

(define (list-copy l) (fold-right cons '() l))

(define (last-pair l) (if (pair? (cdr l)) (last-pair (cdr l)) l))

(define (any pred l)
  (and (pair? l) (or (pred (car l)) (any pred (cdr l)))))

(define (every pred l)
  (or (null? l) (and (pred (car l)) (every pred (cdr l)))))

(define (delete x l) (filter (lambda (y) (not (equal? x y))) l))

(define (iota n . opt)
  (let ((start (if (pair? opt) (car opt) 0))
        (step (if (and (pair? opt) (pair? (cdr opt))) (cadr opt) 1)))
    (let loop ((i (- n 1)) (acc '()))
      (if (< i 0) acc (loop (- i 1) (cons (+ start (* i step)) acc))))))

(define (cons* x . rest)
  (if (null? rest) x (cons x (apply cons* rest))))

;;; Numbers

(define (expt b e)
  (let loop ((e e) (acc 1))
    (if (= e 0) acc (loop (- e 1) (* acc b)))))

(define (square x) (* x x))

;;; Characters (byte values)

(define (char->integer c) c)
(define (integer->char n) n)
(define char=? =)
(define char<? <)
(define char>? >)
(define char<=? <=)
(define char>=? >=)
(define (char-upper-case? c) (and (>= c 65) (<= c 90)))
(define (char-lower-case? c) (and (>= c 97) (<= c 122)))
(define (char-alphabetic? c) (or (char-upper-case? c) (char-lower-case? c)))
(define (char-numeric? c) (and (>= c 48) (<= c 57)))
(define (char-whitespace? c) (or (= c 32) (= c 9) (= c 10) (= c 13) (= c 12)))
(define (char-upcase c) (if (char-lower-case? c) (- c 32) c))
(define (char-downcase c) (if (char-upper-case? c) (+ c 32) c))
(define (digit-value c) (and (char-numeric? c) (- c 48)))

;;; Strings (byte strings)

(define (string-null? s) (= (string-length s) 0))
(define (string<=? a b) (not (string>? a b)))
(define (string>=? a b) (not (string<? a b)))

(define (string-prefix? prefix s)
  (let ((n (string-length prefix)))
    (and (<= n (string-length s)) (string=? prefix (substring s 0 n)))))

(define (string-suffix? suffix s)
  (let ((n (string-length suffix)) (m (string-length s)))
    (and (<= n m) (string=? suffix (substring s (- m n) m)))))

(define (string-index s c)
  (%bytes-index s c 0 (string-length s)))

;; (string-join '("a" "b") ", ") => "a, b"
(define (string-join strings . sep)
  (let ((sep (if (pair? sep) (car sep) " ")))
    (if (null? strings)
        ""
        (apply string-append
               (car strings)
               (fold-right (lambda (s acc) (cons sep (cons s acc))) '() (cdr strings))))))

;; (string-split "a,b" #\,) => ("a" "b")
(define (string-split s c)
  (let ((n (string-length s)))
    (let loop ((start 0) (acc '()))
      (let ((i (%bytes-index s c start n)))
        (if i
            (loop (+ i 1) (cons (substring s start i) acc))
            (reverse (cons (substring s start n) acc)))))))

(define (string-for-each f s)
  (for-each f (string->list s)))

(define (string-map f s)
  (list->string (map f (string->list s))))

;;; Multiple values

(define (call-with-values producer consumer)
  (apply consumer (%values->list (producer))))
(define %call-with-values call-with-values)

;;; Processes

;; AT_FDCWD and the O_ flags are defined by scheme1 itself (prim_sys.c),
;; from our libc's headers.

;; (exit [code]): #t or no code is 0, #f is 1
(define (exit . code)
  (sys-exit (cond ((null? code) 0)
                  ((eq? (car code) #t) 0)
                  ((eq? (car code) #f) 1)
                  (else (car code)))))

;; (command-line) => (FILE ARG ...); (argv) => (ARG ...)
(define (command-line) (cddr (sys-argv)))
(define (argv) (cdr (command-line)))

;; (spawn prog arg ...) => (#t . pid); the child runs prog with argv
;; (prog arg ...), and exits 127 when prog cannot be executed
(define (spawn prog . args)
  (let ((r (sys-clone)))
    (if (and (car r) (= (cdr r) 0))
        (begin (sys-execve prog (cons prog args))
               (sys-exit 127))
        r)))

(define (%u32 bv at)
  (+ (bytevector-u8-ref bv at)
     (* 256 (bytevector-u8-ref bv (+ at 1)))
     (* 65536 (bytevector-u8-ref bv (+ at 2)))
     (* 16777216 (bytevector-u8-ref bv (+ at 3)))))

;; (wait pid) => (#t . exit-code), 128 + signal when the child was killed
(define (wait pid)
  (let* ((info (make-bytevector 128 0))
         (r (sys-waitid 1 pid info 4)))   ; P_PID, WEXITED
    (if (car r)
        (let ((code (%u32 info 8)) (status (%u32 info 24)))
          (cons #t (if (= code 1) status (+ 128 status))))
        r)))

(define (run prog . args)
  (let ((r (apply spawn prog args)))
    (if (car r) (wait (cdr r)) r)))

;; (run-to path prog arg ...): run, with the child's stdout and stderr both
;; going to the file path (created or truncated), as a shell's
;; "prog args >path 2>&1"; exit 127 when path cannot be opened either
(define (run-to path prog . args)
  (let ((r (sys-clone)))
    (if (and (car r) (= (cdr r) 0))
        (let ((f (sys-openat AT_FDCWD path (bitwise-or O_WRONLY O_CREAT O_TRUNC) 420)))
          (when (car f)
            (sys-dup3 (cdr f) 1 0)
            (sys-dup3 (cdr f) 2 0)
            (sys-close (cdr f))
            (sys-execve prog (cons prog args)))
          (sys-exit 127))
        (if (car r) (wait (cdr r)) r))))

;;; Ports: a file descriptor with a 4 KiB read buffer. Writes are not
;;; buffered, so nothing is pending when a child is spawned.

(define-record-type %port
  (%make-port fd buf pos end)
  port?
  (fd port-fd)
  (buf port-buf)
  (pos port-pos set-port-pos!)
  (end port-end set-port-end!))

(define (%new-port fd) (%make-port fd (make-bytevector 4096 0) 0 0))

(define stdin (%new-port 0))
(define stdout (%new-port 1))
(define stderr (%new-port 2))

(define (%open path flags)
  (let ((r (sys-openat AT_FDCWD path flags 420)))   ; mode 0644
    (if (car r) (cons #t (%new-port (cdr r))) r)))

(define (open-input path) (%open path O_RDONLY))
(define (open-output path) (%open path (bitwise-or O_WRONLY O_CREAT O_TRUNC)))
(define (open-append path) (%open path (bitwise-or O_WRONLY O_CREAT O_APPEND)))
(define (close port) (sys-close (port-fd port)))

;; %fill: refill an empty buffer => (#t . bytes read, 0 at the end) or (#f . errno)
(define (%fill port)
  (let ((r (sys-read (port-fd port) (port-buf port) 0 4096)))
    (when (car r)
      (set-port-pos! port 0)
      (set-port-end! port (cdr r)))
    r))

(define (read-bytes port n)
  (if (< (port-pos port) (port-end port))
      (let* ((pos (port-pos port))
             (k (min n (- (port-end port) pos))))
        (set-port-pos! port (+ pos k))
        (cons #t (bytevector-copy (port-buf port) pos (+ pos k))))
      (let ((r (%fill port)))
        (cond ((not (car r)) r)
              ((= (cdr r) 0) (cons #t (eof-object)))
              (else (read-bytes port n))))))

(define (%join chunks) (apply string-append (reverse chunks)))

(define (read-line port)
  (let loop ((chunks '()))
    (let ((pos (port-pos port)) (end (port-end port)) (buf (port-buf port)))
      (if (< pos end)
          (let ((i (%bytes-index buf 10 pos end)))
            (if i
                (begin (set-port-pos! port (+ i 1))
                       (cons #t (%join (cons (substring buf pos i) chunks))))
                (begin (set-port-pos! port end)
                       (loop (cons (substring buf pos end) chunks)))))
          (let ((r (%fill port)))
            (cond ((not (car r)) r)
                  ((> (cdr r) 0) (loop chunks))
                  ((null? chunks) (cons #t (eof-object)))
                  (else (cons #t (%join chunks)))))))))

(define (read-all port)
  (let loop ((chunks '()))
    (let ((pos (port-pos port)) (end (port-end port)))
      (if (< pos end)
          (begin (set-port-pos! port end)
                 (loop (cons (substring (port-buf port) pos end) chunks)))
          (let ((r (%fill port)))
            (cond ((not (car r)) r)
                  ((> (cdr r) 0) (loop chunks))
                  (else (cons #t (%join chunks)))))))))

;; write-bytes: loops on partial writes => (#t . length) or (#f . errno)
(define (write-bytes port bv)
  (let ((n (bytevector-length bv)))
    (let loop ((off 0))
      (if (< off n)
          (let ((r (sys-write (port-fd port) bv off (- n off))))
            (cond ((not (car r)) r)
                  ((= (cdr r) 0) (cons #f 5))   ; EIO
                  (else (loop (+ off (cdr r))))))
          (cons #t n)))))

(define (write-string port s) (write-bytes port s))
(define (write-line port s) (write-bytes port (string-append s "\n")))

(define (file-exists? path)
  (let ((r (sys-openat AT_FDCWD path O_RDONLY 0)))
    (and (car r) (begin (sys-close (cdr r)) #t))))

(define (delete-file path) (sys-unlink path))

;; (make-directory path) => (#t . 0) or (#f . errno); mode 0755
(define (make-directory path) (sys-mkdirat AT_FDCWD path 493))

;; (directory-list path) => (#t . names) or (#f . errno): the names in
;; the directory but . and .., sorted by their bytes (each file system
;; gives its own order).
(define (directory-list path)
  (let ((r (sys-openat AT_FDCWD path O_RDONLY 0)) (buf (make-bytevector 4096 0)))
    (if (not (car r))
        r
        (let loop ((names '()))
          (let ((n (sys-getdents64 (cdr r) buf 0 4096)))
            (if (and (car n) (> (cdr n) 0))
                (loop (%dirents buf 0 (cdr n) names))
                (begin (sys-close (cdr r))
                       (if (car n) (cons #t (sort names string<?)) n))))))))

;; %dirents: the names of the linux_dirent64 records in buf [i, end):
;; 8 bytes inode, 8 offset, 2 record length, 1 type, the name and a NUL.
(define (%dirents buf i end names)
  (if (>= i end)
      names
      (let ((len (+ (bytevector-u8-ref buf (+ i 16)) (* 256 (bytevector-u8-ref buf (+ i 17)))))
            (name (utf8->string buf (+ i 19) (%bytes-index buf 0 (+ i 19) end))))
        (%dirents buf (+ i len) end
                  (if (member name '("." "..")) names (cons name names))))))

;; (sort list less?): merge sort
(define (sort l less?)
  (if (or (null? l) (null? (cdr l)))
      l
      (let split ((l l) (a '()) (b '()))
        (if (null? l)
            (%merge (sort a less?) (sort b less?) less?)
            (split (cdr l) (cons (car l) b) a)))))

(define (%merge a b less?)
  (cond ((null? a) b)
        ((null? b) a)
        ((less? (car b) (car a)) (cons (car b) (%merge a (cdr b) less?)))
        (else (cons (car a) (%merge (cdr a) b less?)))))

(define (%port-arg port) (if (pair? port) (car port) stdout))

(define (display x . port) (write-bytes (%port-arg port) (%repr x #f)) (if #f #f))
(define (write x . port) (write-bytes (%port-arg port) (%repr x #t)) (if #f #f))
(define (newline . port) (write-bytes (%port-arg port) "\n") (if #f #f))
(define (write-char c . port) (write-bytes (%port-arg port) (string c)) (if #f #f))
