; Every special form of docs/SCHEME1.md.
(define (say . xs) (for-each display xs) (newline))

; define, procedure shorthand, dotted rest args
(define x 10)
(define (add a b) (+ a b))
(define (rest a . more) (list a more))
(define (all . xs) xs)
(define y)
(say "define: " x " " (add 1 2) " " (rest 1 2 3) " " (rest 1) " " (all) " " (all 1 2))

; lambda forms
(say "lambda: " ((lambda (a b) (* a b)) 6 7) " " ((lambda args args) 1 2) " "
     ((lambda (a . b) b) 1 2 3))

; let, named let, let*, letrec, internal defines
(say "let: " (let ((a 1) (b 2)) (+ a b)) " " (let () 5))
(say "let shadows: " (let ((x 1)) (let ((x (+ x 1))) x)) " " x)
(say "named let: " (let loop ((i 0) (acc '())) (if (= i 5) (reverse acc) (loop (+ i 1) (cons i acc)))))
(say "let*: " (let* ((a 1) (b (+ a 1)) (c (* b 10))) (list a b c)))
(say "letrec: " (letrec ((ev? (lambda (n) (if (= n 0) #t (od? (- n 1)))))
                         (od? (lambda (n) (if (= n 0) #f (ev? (- n 1))))))
                  (list (ev? 10) (od? 7))))
(define (internal n)
  (define a (* n 2))
  (define (helper k) (+ k a))
  (helper 1))
(say "internal defines: " (internal 5))
(say "letrec*: " (letrec* ((a 1) (b (+ a 1))) (list a b)))

; let-values, let*-values, values, call-with-values
(say "let-values: " (let-values (((a b) (values 1 2)) ((c) (values 3)) (all (values 4 5))) (list a b c all)))
(say "let-values scope: " (let ((a 10)) (let-values (((a) (values 1)) ((b) (values a))) (list a b))))
(say "let*-values: " (let*-values (((a b) (values 1 2)) ((c) (values (+ a b)))) (list a b c)))
(say "call-with-values: " (call-with-values (lambda () (values 1 2 3)) list))

; set!
(define counter 0)
(set! counter (+ counter 1))
(let ((local 1)) (set! local 2) (say "set!: " counter " " local))
(define (make-counter)
  (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c1 (make-counter))
(c1) (c1)
(say "closure counter: " (c1))

; if, cond, case, when, unless
(say "if: " (if #t 'yes 'no) " " (if #f 'yes 'no) " " (if 0 'zero-is-true))
(define (classify n)
  (cond ((< n 0) 'negative)
        ((assv n '((0 . zero) (1 . one))) => cdr)
        ((> n 100))
        (else 'other)))
(say "cond: " (map classify '(-5 0 1 50 200)))
(define (kind c)
  (case c
    ((#\a #\e #\i #\o #\u) 'vowel)
    ((1 2 3) 'small)
    ((x y) 'letter)
    (else 'other)))
(say "case: " (map kind (list #\a #\b 2 'x "s")))
(say "when/unless: " (when #t 1 2) " " (unless #f 3) " " (list (when #f 1)))

; and, or, begin
(say "and: " (and) " " (and 1 2) " " (and 1 #f 3))
(say "or: " (or) " " (or #f 2) " " (or #f #f))
(say "begin: " (begin 1 2 3))
(begin (define in-begin 'top-level-define-in-begin))
(say in-begin)

; do
(say "do: " (do ((i 0 (+ i 1)) (acc '() (cons i acc))) ((= i 4) acc)))
(let ((v 0)) (do ((i 0 (+ i 1))) ((= i 3)) (set! v (+ v i))) (say "do body: " v))

; quote, quasiquote
(say "quote: " '(a b) " " (quote c))
(say "quasiquote: " `(1 ,(+ 1 1) ,@(list 3 4) 5))

; define-record-type
(define-record-type point
  (make-point x y)
  point?
  (x point-x set-point-x!)
  (y point-y))
(define p (make-point 3 4))
(set-point-x! p 30)
(say "record: " (point-x p) " " (point-y p) " " (point? p) " " (point? 'p))
(define-record-type node (make-node value) node? (value node-value) (next node-next set-node-next!))
(define nd (make-node 1))
(say "record default field: " (node-next nd))

; pmatch
(define (simplify e)
  (pmatch e
    (() 'empty)
    ((add ,x 0) x)
    ((add ,x ,y) (guard (number? x) (number? y)) (+ x y))
    ((add . ,args) `(sum ,@args))
    ((quote ,x) `(quoted ,x))
    ((,op ,_ ,_) `(binary ,op))
    (42 'the-answer)
    ("str" 'a-string)
    (,x (guard (symbol? x)) `(symbol ,x))
    (else 'unknown)))
(say "pmatch: " (map simplify '(() (add a 0) (add 1 2) (add a b c) (add a b) (quote q) (mul 1 2) 42 "str" foo 7)))
(define (lit e) (pmatch e ((a . b) 'literal-a-pair) ((,h . ,t) (list h t))))
(say "pmatch literal symbols: " (lit '(a . b)) " " (lit '(x y)))
