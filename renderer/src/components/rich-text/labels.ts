/**
 * Every Vietnamese string of the rich-text editor, in one place for review.
 * `label` is the button's accessible name (aria-label, what tests look for); `tooltip` adds the
 * keyboard shortcut where there is one.
 */
export const LABELS = {
  editor: 'Nội dung văn bản',
  toolbar: 'Định dạng văn bản',
  undo: { label: 'Hoàn tác', tooltip: 'Hoàn tác (Ctrl+Z)' },
  redo: { label: 'Làm lại', tooltip: 'Làm lại (Ctrl+Y)' },
  blockType: { label: 'Kiểu đoạn', placeholder: 'Kiểu đoạn' },
  paragraph: 'Đoạn văn',
  heading1: 'Tiêu đề 1',
  heading2: 'Tiêu đề 2',
  heading3: 'Tiêu đề 3',
  bold: { label: 'Đậm', tooltip: 'Đậm (Ctrl+B)' },
  italic: { label: 'Nghiêng', tooltip: 'Nghiêng (Ctrl+I)' },
  underline: { label: 'Gạch chân', tooltip: 'Gạch chân (Ctrl+U)' },
  orderedNumbers: { label: 'Danh sách số 1.', tooltip: 'Danh sách số 1., 2., 3.' },
  orderedLetters: { label: 'Danh sách chữ a)', tooltip: 'Danh sách chữ a), b), c)' },
  bulletList: { label: 'Danh sách gạch đầu dòng -', tooltip: 'Danh sách gạch đầu dòng -' },
  indent: { label: 'Thụt lề', tooltip: 'Thụt lề (trong danh sách: lùi mục vào một cấp, Tab)' },
  outdent: { label: 'Giảm thụt lề', tooltip: 'Giảm thụt lề (trong danh sách: đưa mục ra một cấp, Shift+Tab)' },
  alignLeft: { label: 'Căn trái', tooltip: 'Căn trái (Ctrl+Shift+L)' },
  alignCenter: { label: 'Căn giữa', tooltip: 'Căn giữa (Ctrl+Shift+E)' },
  alignRight: { label: 'Căn phải', tooltip: 'Căn phải (Ctrl+Shift+R)' },
  alignJustify: { label: 'Căn đều hai bên', tooltip: 'Căn đều hai bên (Ctrl+Shift+J)' },
  insertTable: { label: 'Chèn bảng', tooltip: 'Chèn bảng 3 × 3 có hàng tiêu đề' },
  addRow: { label: 'Thêm hàng', tooltip: 'Thêm hàng bên dưới' },
  deleteRow: { label: 'Xóa hàng', tooltip: 'Xóa hàng' },
  addColumn: { label: 'Thêm cột', tooltip: 'Thêm cột bên phải' },
  deleteColumn: { label: 'Xóa cột', tooltip: 'Xóa cột' },
  mergeCells: { label: 'Gộp ô', tooltip: 'Gộp các ô đã chọn (kéo chuột qua các ô để chọn)' },
  splitCell: { label: 'Tách ô', tooltip: 'Tách ô đã gộp' },
  deleteTable: { label: 'Xóa bảng', tooltip: 'Xóa cả bảng' },
} as const;
