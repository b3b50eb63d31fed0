;;; gate2: tcc0, driven by scheme1 inside the seed kernel, compiles our
;;; libc into libc.a and crt1.o and tcc's runtime into libtcc1.a, then
;;; builds hello against them, runs it and checks what it wrote.
;;; Inputs: scheme1, tcc0, libc/ (include, src, arch), libc-sources (one
;;; libc .c file per line), lib-arm64.c, hello.c.
;;; Outputs: libc.a crt1.o libtcc1.a hello hello.out, and the objects.
;;; chain/stage.scm comes in front of this file.

(define stage-name "gate2")
(define expected "hello from hello, argc 1, 0.833 ok")

(define (compile source object)
  (apply step! "tcc0" (append libc-flags (list "-c" source "-o" object))))

(define sources (read-lines "libc-sources"))
(set! total (+ (length sources) 7))
(define objects (map object-name sources))
(for-each compile sources objects)
(apply step! "tcc0" "-ar" "rcs" "libc.a" objects)
(compile "libc/arch/aarch64/crt1.c" "crt1.o")
(step! "tcc0" "-c" "lib-arm64.c" "-o" "lib-arm64.o")
(step! "tcc0" "-ar" "rcs" "libtcc1.a" "lib-arm64.o")
(compile "hello.c" "hello.o")
(step! "tcc0" "-nostdlib" "-static" "-o" "hello" "crt1.o" "hello.o" "libc.a" "libtcc1.a")
(step! "hello")
(let ((got (car (read-lines "hello.out"))))
  (if (not (string=? got expected))
      (error "hello wrote the wrong line" got expected))
  (display (format "[gate2] hello.out: ~a~%[gate2] ~a steps, all passed~%" got steps)))
