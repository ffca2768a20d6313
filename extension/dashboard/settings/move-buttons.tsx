type MoveButtonsProps = { name: string; busy: boolean; first: boolean; last: boolean; onMove: (delta: -1 | 1) => void };

/** ↑ and ↓ for reordering a settings row. */
export function MoveButtons({ name, busy, first, last, onMove }: MoveButtonsProps) {
  return (
    <>
      <button
        type="button"
        class="icon"
        title="Move up"
        aria-label={`Move ${name} up`}
        disabled={busy || first}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon"
        title="Move down"
        aria-label={`Move ${name} down`}
        disabled={busy || last}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
