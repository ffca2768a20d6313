import { parseNoteMarkup, type NoteLine } from '../../../shared/timeline/note-markup';

type NoteViewProps = { body: string };

function Line({ line }: { line: NoteLine }) {
  return (
    <>
      {line.map((span, i) => {
        let node = <>{span.text}</>;
        if (span.italic) node = <em>{node}</em>;
        if (span.bold) node = <strong>{node}</strong>;
        return span.href ? (
          <a key={i} href={span.href} target="_blank" rel="noopener noreferrer">
            {node}
          </a>
        ) : (
          <span key={i}>{node}</span>
        );
      })}
    </>
  );
}

/** A note's markup as elements: text is only ever text, links only http(s) and mailto. */
export function NoteView({ body }: NoteViewProps) {
  return (
    <div class="note-body">
      {parseNoteMarkup(body).map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>
            {block.lines.map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                <Line line={line} />
              </span>
            ))}
          </p>
        ) : block.ordered ? (
          <ol key={i}>
            {block.items.map((line, j) => (
              <li key={j}>
                <Line line={line} />
              </li>
            ))}
          </ol>
        ) : (
          <ul key={i}>
            {block.items.map((line, j) => (
              <li key={j}>
                <Line line={line} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
