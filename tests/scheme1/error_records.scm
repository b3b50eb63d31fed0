;; expect-status: 1
; A record accessor applied to the wrong record type: reported at the call.
(define-record-type point (make-point x y) point? (x point-x))
(define-record-type box (make-box v) box? (v box-v))
(display (point-x (make-point 1 2)))
(newline)
(point-x (make-box 1))
