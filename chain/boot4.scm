;;; boot4: TinyCC rebuilds itself to a fixed point inside the seed kernel.
;;; Stage k (1..3): tcc(k-1) builds our libc, crt1.o and libtcc1.a, then
;;; tcc itself, linked against them: tcck. Before stage 1 compiles tcc,
;;; tcc0 builds patch (chain/patch.c), which applies the chain's own
;;; patches to tcc's sources (chain/patches/tcc/, each explained at its
;;; top): tcc1, tcc2 and tcc3 are the patched tcc. tcc0 is built (by
;;; chain.mk or by boot3) with the patches below 0022 only, what tcc needs
;;; to build itself and our libc; the rest (the assembler, complex types,
;;; what musl and the kernel need) come in here. tcc2 and tcc3 must be the
;;; same bytes. Each stage from the patched tcc on also builds the runtime of
;;; tcc -b, bcheck.o and bt-log.o (tcc's lib/, with patch 0020), which
;;; tcc -b -run loads from its -B directory. Stage 1 builds libtcc1.a from
;;; lib-arm64.c as it is upstream (what both tcc0s build must be the same
;;; bytes, whether tcc/ is patched already or not), later stages from the
;;; patched tcc/lib/lib-arm64.c (the helpers of complex arithmetic, patch
;;; 0032), as tcc1 and later call them. tcc3 then builds the final
;;; libc.a, crt1.o, libtcc1.a, bcheck.o and bt-log.o, and hello against
;;; them, which runs; and sha256sum, which writes SHA256SUMS.
;;; Inputs: scheme1, tcc0, libc/ (include, src, arch), libc-sources (one
;;; libc .c file per line), tcc/ (tcc's sources, lib/bcheck.c,
;;; lib/bt-log.c and lib/lib-arm64.c, and an empty config.h),
;;; lib-arm64.c, hello.c, sha256sum.c, patch.c, tcc-patches (one patch
;;; file per line, in the order they apply), tcc1-patches (those of them
;;; tcc0 was built without) and the patches.
;;; Outputs: tcc1 tcc2 tcc3 libc.a crt1.o libtcc1.a bcheck.o bt-log.o hello
;;; hello.out SHA256SUMS, and stage 1's s1-libc.a, s1-crt1.o and
;;; s1-libtcc1.a: tcc1 and these are what tcc0 builds, which diverse
;;; double-compiling compares (chain/boot). With the argument "patched"
;;; (scheme1 boot4.scm patched), tcc/ holds tcc0's patches already (boot3
;;; applied them before building tcc0), and stage 1 applies only the rest,
;;; tcc1-patches. chain/stage.scm comes in front of this file.

(define stage-name "boot4")
(define tcc-flags
  '("-nostdinc" "-isystem" "libc/include" "-Itcc" "-DONE_SOURCE=1" "-DTCC_TARGET_ARM64=1"
    "-DCONFIG_TCC_STATIC=1" "-DTCC_VERSION=\"0.9.27\"" "-DCONFIG_TCCDIR=\"/lib/tcc\""))

(define sources (read-lines "libc-sources"))
(define patched (member "patched" (argv)))
(define patches (read-lines (if patched "tcc1-patches" "tcc-patches")))
(set! total (+ (* 4 (length sources)) 39))

;; cc builds libc.a, crt1.o and libtcc1.a (from runtime, lib-arm64.c
;; upstream's or patched) under the names it is given.
(define (build-libs cc runtime libc crt1 libtcc1)
  (let ((objects (map object-name sources))
        (rt "lib-arm64.o"))
    (for-each (lambda (s o) (apply step! cc (append libc-flags (list "-c" s "-o" o))))
              sources objects)
    (apply step! cc "-ar" "rcs" libc objects)
    (for-each delete-file objects)
    (apply step! cc (append libc-flags (list "-c" "libc/arch/aarch64/crt1.c" "-o" crt1)))
    (step! cc "-c" runtime "-o" rt)
    (step! cc "-ar" "rcs" libtcc1 rt)
    (delete-file rt)))

;; cc builds tcc -b's runtime from the patched tcc/lib: bcheck.c, for a
;; static C library without threads (patch 0020), and bt-log.c. bcheck.c
;; is built without -g, unlike in tcc's lib/Makefile: -g writes the
;; directory of the compilation into the object, which is not the same
;; under the linux driver, so a bounds error names bcheck's own frames by
;; address instead of skipping them.
(define (build-bcheck cc bcheck bt-log)
  (step! cc "-nostdinc" "-isystem" "libc/include" "-DBCHECK_STATIC_LIBC=1"
         "-c" "tcc/lib/bcheck.c" "-o" bcheck)
  (step! cc "-nostdinc" "-isystem" "libc/include" "-c" "tcc/lib/bt-log.c" "-o" bt-log))

(define (link cc out libs . objects)
  (apply step! cc "-nostdlib" "-static" "-o" out
         (append (list (car libs)) objects (cdr libs))))

;; cc builds patch against libs (as s1-patch: boot3's patch stays) and
;; applies the patches to tcc/.
(define (patch-tcc cc libs)
  (step! cc "-nostdinc" "-isystem" "libc/include" "-c" "patch.c" "-o" "s1-patch.o")
  (link cc "s1-patch" libs "s1-patch.o")
  (apply step! "s1-patch" "tcc" patches)
  (for-each delete-file '("s1-patch.o" "s1-patch")))

;; Stage k: tcc(k-1) makes tcck.
(define (stage k)
  (let* ((cc (format "tcc~a" (- k 1))) (next (format "tcc~a" k)) (p (format "s~a" k))
         (libc (string-append p "-libc.a")) (crt1 (string-append p "-crt1.o"))
         (rt (string-append p "-libtcc1.a")) (obj (string-append p "-tcc.o")))
    (build-libs cc (if (= k 1) "lib-arm64.c" "tcc/lib/lib-arm64.c") libc crt1 rt)
    (if (= k 1) (patch-tcc cc (list crt1 libc rt)))
    (build-bcheck cc (string-append p "-bcheck.o") (string-append p "-bt-log.o"))
    (apply step! cc (append tcc-flags (list "-c" "tcc/tcc.c" "-o" obj)))
    (link cc next (list crt1 libc rt) obj)
    (delete-file obj)))

(stage 1)
(stage 2)
(stage 3)

(define (same? a b) (bytevector=? (file-bytes a) (file-bytes b)))
(define fixed (and (same? "tcc2" "tcc3") (same? "s2-libc.a" "s3-libc.a")
                   (same? "s2-libtcc1.a" "s3-libtcc1.a") (same? "s2-crt1.o" "s3-crt1.o")
                   (same? "s2-bcheck.o" "s3-bcheck.o") (same? "s2-bt-log.o" "s3-bt-log.o")))
(for-each (lambda (f) (delete-file (string-append "s1-" f))) '("bcheck.o" "bt-log.o"))
(for-each (lambda (k)
            (for-each (lambda (f) (delete-file (format "s~a-~a" k f)))
                      '("libc.a" "crt1.o" "libtcc1.a" "bcheck.o" "bt-log.o")))
          '(2 3))

(build-libs "tcc3" "tcc/lib/lib-arm64.c" "libc.a" "crt1.o" "libtcc1.a")
(build-bcheck "tcc3" "bcheck.o" "bt-log.o")
(step! "tcc3" "-nostdinc" "-isystem" "libc/include" "-c" "hello.c" "-o" "hello.o")
(link "tcc3" "hello" '("crt1.o" "libc.a" "libtcc1.a") "hello.o")
(step! "hello")
(step! "tcc3" "-nostdinc" "-isystem" "libc/include" "-c" "sha256sum.c" "-o" "sha256sum.o")
(link "tcc3" "sha256sum" '("crt1.o" "libc.a" "libtcc1.a") "sha256sum.o")
(for-each delete-file '("hello.o" "sha256sum.o"))
(step! "sha256sum" "-o" "SHA256SUMS" "tcc1" "s1-libc.a" "s1-crt1.o" "s1-libtcc1.a" "tcc2" "tcc3"
       "libc.a" "crt1.o" "libtcc1.a" "bcheck.o" "bt-log.o" "hello" "hello.out")
(delete-file "sha256sum")
(display (format "boot4: hello.out: ~a~%" (car (read-lines "hello.out"))))
(display (if fixed
             "boot4: fixed point reached: tcc2 and tcc3 are identical, and so are their libraries\n"
             "boot4: NO fixed point: tcc2 and tcc3 differ\n"))
(exit (if fixed 0 3))
