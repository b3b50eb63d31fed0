;;; boot5: boot4's tcc builds musl inside the seed kernel, then rebuilds
;;; itself against musl to a fixed point, and real programs run on musl.
;;; 1. tcc3 (boot4's, with our libc) builds patch, which applies the
;;;    chain's patches to musl (chain/patches/musl/) and to tcc's sources.
;;; 2. musl's generated headers, as its Makefile makes them: alltypes.h
;;;    (tools/mkalltypes.sed's rewriting, done here), syscall.h, version.h.
;;; 3. Every source of libc.a that musl's Makefile names (below, "The
;;;    sources"), compiled by tcc3 with musl's flags, one step per file,
;;;    and archived: sysroot/lib/libc.a. Then crt1.o, crti.o, crtn.o, tcc's
;;;    runtime libtcc1.a against musl's headers, and the headers installed
;;;    as musl's install-headers does: sysroot/include.
;;; 4. tcc3 builds tcc against the sysroot: tccm1. tccm1 builds tccm2,
;;;    tccm2 builds tccm3: tccm2 and tccm3 must be the same bytes (the
;;;    fixed point on musl).
;;; 5. tccm3 builds the programs of chain/progs against the sysroot and
;;;    runs each line of RUNS; the host compares the outputs with the same
;;;    programs' built by the cross gcc against glibc (tests/boot5/glibc-ref).
;;;    musl's sha256sum writes SHA256SUMS.
;;; Inputs: scheme1, tcc3 with boot4's libc.a, crt1.o and libtcc1.a (our
;;; libc) and libc/include, musl/ (musl 1.2.3's source tree), tcc/ (tcc's
;;; sources, unpatched, lib/lib-arm64.c among them), patch.c,
;;; musl-patches and tcc-patches (one patch per line, in order) and the
;;; patches, and chain/progs: RUNS and the programs' sources (sha256sum.c
;;; among them, chain/sha256sum.c).
;;; Outputs: sysroot/ (include/, lib/libc.a crt1.o crti.o crtn.o
;;; libtcc1.a), tccm1 tccm2 tccm3, the programs and their .out files,
;;; musl-sources (libc.a's sources, in order), SHA256SUMS over them all. chain/stage.scm comes in front of this file.

(define stage-name "boot5")

;; Our libc (boot4's) for the tools that run before musl exists.
(define (link-ours out object)
  (step! "tcc3" "-nostdlib" "-static" "-o" out "crt1.o" object "libc.a" "libtcc1.a"))

;;; The sources, as musl's Makefile names them (ARCH = aarch64):
;;; SRC_DIRS are the directories src/*, src/malloc/mallocng, crt and ldso;
;;; a directory's sources are its *.c and its aarch64/*.[csS]; an aarch64
;;; file replaces the generic file of the same name without its suffix.
;;; libc.a holds the objects of src/, in the order of their sorted names.

(define (dir-list path) (ok (directory-list path) path))

(define (suffix-of name)
  (let loop ((i (- (string-length name) 1)))
    (cond ((< i 0) "")
          ((char=? (string-ref name i) #\.) (substring name i (string-length name)))
          (else (loop (- i 1))))))

(define (stem name) (substring name 0 (- (string-length name) (string-length (suffix-of name)))))

(define (files-with dir suffixes)
  (map (lambda (f) (string-append dir "/" f))
       (filter (lambda (f) (member (suffix-of f) suffixes))
               (if (file-exists? dir) (dir-list dir) '()))))

;; dir-sources DIR: DIR's sources with the aarch64 replacements
(define (dir-sources dir)
  (let* ((arch (files-with (string-append dir "/aarch64") '(".c" ".s" ".S")))
         (replaced (map (lambda (a) (string-append dir "/" (stem (substring a (+ (string-length dir) 9)
                                                                              (string-length a)))))
                        arch)))
    (append (remove (lambda (f) (member (stem f) replaced)) (files-with dir '(".c")))
            arch)))

(define (is-dir? path) (car (directory-list path)))

(define libc-sources
  (sort (apply append
               (map dir-sources
                    (append (filter is-dir? (map (lambda (d) (string-append "musl/src/" d))
                                                 (dir-list "musl/src")))
                            '("musl/src/malloc/mallocng"))))
        (lambda (a b) (string<? (stem a) (stem b)))))

(define crt-sources '("musl/crt/crt1.c" "musl/crt/aarch64/crti.s" "musl/crt/aarch64/crtn.s"))

(define musl-flags
  '("-std=c99" "-nostdinc" "-ffreestanding" "-D_XOPEN_SOURCE=700"
    "-Imusl/arch/aarch64" "-Imusl/arch/generic" "-Imusl/obj/src/internal" "-Imusl/src/include"
    "-Imusl/src/internal" "-Imusl/obj/include" "-Imusl/include"))

(define tcc-flags
  '("-nostdinc" "-isystem" "sysroot/include" "-Itcc" "-DONE_SOURCE=1" "-DTCC_TARGET_ARM64=1"
    "-DCONFIG_TCC_STATIC=1" "-DTCC_VERSION=\"0.9.27\"" "-DCONFIG_TCCDIR=\"/lib/tcc\""))

(define runs (map (lambda (l) (string-split l #\space))   ; (OUT NAME ARG...)
                  (remove string-null? (read-lines "RUNS"))))
(define progs (let loop ((rs runs) (acc '()))
                (cond ((null? rs) (reverse acc))
                      ((member (cadar rs) acc) (loop (cdr rs) acc))
                      (else (loop (cdr rs) (cons (cadar rs) acc))))))

(set! total (+ (length libc-sources) (* 2 (length progs)) (length runs) 17))

;;; 1. patch, and the patches.
(step! "tcc3" "-nostdinc" "-isystem" "libc/include" "-c" "patch.c" "-o" "patch.o")
(link-ours "patch" "patch.o")
(apply step! "patch" "musl" (read-lines "musl-patches"))
(apply step! "patch" "tcc" (read-lines "tcc-patches"))

;;; 2. The generated headers.

;; copy-file FROM TO
(define (copy-file from to)
  (let ((port (ok (open-output to) to)))
    (ok (write-bytes port (file-bytes from)) to)
    (close port)))

(define (write-lines path lines)
  (let ((port (ok (open-output path) path)))
    (for-each (lambda (l) (ok (write-bytes port l) path) (ok (write-bytes port "\n") path))
              lines)
    (close port)))

(define (last-space s)
  (let loop ((i (- (string-length s) 1)))
    (cond ((< i 0) #f) ((char=? (string-ref s i) #\space) i) (else (loop (- i 1))))))

;; mkalltypes: tools/mkalltypes.sed on one line. "TYPEDEF T NAME;" (NAME
;; after the last space), "STRUCT NAME REST;" and "UNION NAME REST;" become
;; the definition guarded by __NEED_ and __DEFINED_ macros, and an empty
;; line; any other line stays as it is.
(define (mkalltypes line)
  (define (guarded need def)
    (list (format "#if defined(__NEED_~a) && !defined(__DEFINED_~a)" need need)
          def (format "#define __DEFINED_~a" need) "#endif" ""))
  (define (body keyword)   ; what lies between "KEYWORD " and the final ";"
    (and (string-prefix? keyword line) (string-suffix? ";" line)
         (substring line (string-length keyword) (- (string-length line) 1))))
  (define (tagged kind b)  ; struct or union: spaces, NAME, a space, REST
    (let* ((b (let skip ((b b)) (if (string-prefix? " " b) (skip (substring b 1 (string-length b))) b)))
           (i (string-index b #\space)))
      (if i
          (let ((name (substring b 0 i)))
            (guarded (string-append kind "_" name)
                     (format "~a ~a ~a;" kind name (substring b (+ i 1) (string-length b)))))
          (list line))))
  (let ((t (body "TYPEDEF ")) (s (body "STRUCT ")) (u (body "UNION ")))
    (cond ((and t (last-space t))
           (let* ((i (last-space t)) (name (substring t (+ i 1) (string-length t))))
             (guarded name (format "typedef ~a ~a;" (substring t 0 i) name))))
          (s (tagged "struct" s))
          (u (tagged "union" u))
          (else (list line)))))

;; string-search PAT S: the index of PAT's first occurrence in S, or #f
(define (string-search pat s)
  (let ((n (string-length pat)) (m (string-length s)))
    (let loop ((i 0))
      (cond ((> (+ i n) m) #f)
            ((string=? pat (substring s i (+ i n))) i)
            (else (loop (+ i 1)))))))

(for-each (lambda (d) (ok (make-directory d) d))
          '("musl/obj" "musl/obj/include" "musl/obj/include/bits" "musl/obj/src"
            "musl/obj/src/internal"))
(write-lines "musl/obj/include/bits/alltypes.h"
             (apply append (map mkalltypes (append (read-lines "musl/arch/aarch64/bits/alltypes.h.in")
                                                   (read-lines "musl/include/alltypes.h.in")))))
;; syscall.h: syscall.h.in, then its lines naming __NR_ with SYS_ instead
(let ((in (read-lines "musl/arch/aarch64/bits/syscall.h.in")))
  (write-lines "musl/obj/include/bits/syscall.h"
               (append in (map (lambda (l)
                                 (let ((i (string-search "__NR_" l)))
                                   (string-append (substring l 0 i) "SYS_"
                                                  (substring l (+ i 5) (string-length l)))))
                               (filter (lambda (l) (string-search "__NR_" l)) in)))))
(write-lines "musl/obj/src/internal/version.h"
             (list (format "#define VERSION \"~a\"" (car (read-lines "musl/VERSION")))))

;;; 3. musl: libc.a, the crt files, libtcc1.a, the headers.
(define (compile-all cc flags sources)
  (map (lambda (src)
         (let ((obj (object-name src)))
           (apply step! cc (append flags (list "-c" src "-o" obj)))
           obj))
       sources))

(for-each (lambda (d) (ok (make-directory d) d))
          '("sysroot" "sysroot/lib" "sysroot/include" "sysroot/include/bits"))
(write-lines "musl-sources" libc-sources)
(let ((objects (compile-all "tcc3" musl-flags libc-sources)))
  (apply step! "tcc3" "-ar" "rcs" "sysroot/lib/libc.a" objects)
  (for-each delete-file objects))
(for-each (lambda (src)
            (let ((name (stem (car (reverse (string-split src #\/))))))
              (apply step! "tcc3" (append musl-flags (list "-c" src "-o" (format "sysroot/lib/~a.o" name))))))
          crt-sources)

;; install-headers: include/*.h and include/*/*.h as they are; bits/ from
;; arch/aarch64/bits, else arch/generic/bits, else the generated ones.
(define headers '())   ; the installed headers, in the order installed
(define (install-header from to)
  (copy-file from to)
  (set! headers (cons to headers)))
(define (install-headers)
  (for-each (lambda (name)
              (let ((from (string-append "musl/include/" name)))
                (if (is-dir? from)
                    (begin (ok (make-directory (string-append "sysroot/include/" name)) name)
                           (for-each (lambda (h) (install-header (string-append from "/" h)
                                                                 (format "sysroot/include/~a/~a" name h)))
                                     (filter (lambda (h) (string-suffix? ".h" h)) (dir-list from))))
                    (if (string-suffix? ".h" name)
                        (install-header from (string-append "sysroot/include/" name))))))
            (dir-list "musl/include"))
  (for-each (lambda (dir)
              (for-each (lambda (h)
                          (let ((to (string-append "sysroot/include/bits/" h)))
                            (if (not (file-exists? to)) (install-header (string-append dir "/" h) to))))
                        (filter (lambda (h) (string-suffix? ".h" h)) (dir-list dir))))
            '("musl/arch/aarch64/bits" "musl/arch/generic/bits" "musl/obj/include/bits")))
(install-headers)

(step! "tcc3" "-nostdinc" "-isystem" "sysroot/include" "-c" "tcc/lib/lib-arm64.c" "-o" "lib-arm64.o")
(step! "tcc3" "-ar" "rcs" "sysroot/lib/libtcc1.a" "lib-arm64.o")
(delete-file "lib-arm64.o")

;;; 4. tcc against musl, to its fixed point.
(define (link-musl cc out . objects)
  (apply step! cc "-nostdlib" "-static" "-o" out "sysroot/lib/crt1.o" "sysroot/lib/crti.o"
         (append objects '("sysroot/lib/libc.a" "sysroot/lib/libtcc1.a" "sysroot/lib/crtn.o"))))

(define (build-tcc cc out)
  (let ((obj (string-append out ".o")))
    (apply step! cc (append tcc-flags (list "-c" "tcc/tcc.c" "-o" obj)))
    (link-musl cc out obj)
    (delete-file obj)))

(build-tcc "tcc3" "tccm1")
(build-tcc "tccm1" "tccm2")
(build-tcc "tccm2" "tccm3")
(define (same? a b) (bytevector=? (file-bytes a) (file-bytes b)))
(define fixed (same? "tccm2" "tccm3"))

;;; 5. The programs, built by tccm3 against musl, and their runs: each line
;;; of RUNS is OUT NAME ARG..., NAME.c the program's source; OUT receives
;;; its stdout and stderr. The runs' .out files are compared on the host.
(for-each (lambda (p)
            (let ((obj (string-append p ".o")))
              (step! "tccm3" "-nostdinc" "-isystem" "sysroot/include" "-c" (string-append p ".c")
                     "-o" obj)
              (link-musl "tccm3" p obj)
              (delete-file obj)))
          progs)
(for-each (lambda (r)
            (let ((out (car r)) (name (cadr r)) (args (cddr r)))
              (set! steps (+ steps 1))
              (display (format "[~a/~a] ~a ~a >~a~%" steps total name (string-join args " ") out))
              (let ((st (apply run-to out name args)))
                (if (not (and (car st) (= (cdr st) 0)))
                    (begin (display (format "boot5: step ~a failed: ~a ~a >~a: exit status ~a~%" steps
                                            name (string-join args " ") out (cdr st)) stderr)
                           (exit 1))))))
          runs)
(define outs (filter (lambda (f) (string-suffix? ".out" f)) (dir-list ".")))

;;; The manifest, by the sha256sum that musl runs.
(apply step! "sha256sum" "-o" "SHA256SUMS" "tccm1" "tccm2" "tccm3"
       (append (map (lambda (f) (string-append "sysroot/lib/" f))
                    '("libc.a" "crt1.o" "crti.o" "crtn.o" "libtcc1.a"))
               (sort headers string<?) (cons "musl-sources" progs) outs))
(delete-file "patch")
(display (format "boot5: musl's libc.a from ~a sources~%" (length libc-sources)))
(display (if fixed
             "boot5: fixed point reached: tccm2 and tccm3 are identical\n"
             "boot5: NO fixed point: tccm2 and tccm3 differ\n"))
(exit (if fixed 0 3))
