;; expect-status: 1
; An error inside a prelude procedure is reported where it happened.
(map car '((1) 2))
