/** A popup form's buttons: its action (the submit button) and Cancel. */
export function FormButtons({
  action,
  close,
  disabled,
}: {
  action: string;
  close: () => void;
  disabled?: boolean;
}) {
  return (
    <div className="popup-buttons">
      <button type="submit" className="primary" disabled={disabled}>
        {action}
      </button>
      <button type="button" className="ghost" onClick={close}>
        Cancel
      </button>
    </div>
  );
}
