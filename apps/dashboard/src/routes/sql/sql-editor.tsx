/**
 * The SQL editor: CodeMirror with SQL highlighting, completion of the store's tables and columns,
 * and Ctrl/Cmd+Enter to run. Lives in the SQL page's chunk only.
 */
import { sql } from '@codemirror/lang-sql';
import CodeMirror, { EditorView, keymap, Prec } from '@uiw/react-codemirror';
import { useMemo } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  schema: Record<string, string[]>;
  label: string;
}

export function SqlEditor({ value, onChange, onRun, schema, label }: Props) {
  const extensions = useMemo(
    () => [
      sql({ schema, upperCaseKeywords: true }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      // Highest precedence: Mod-Enter must run the query, not insert a line.
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              onRun();
              return true;
            },
          },
        ]),
      ),
    ],
    [schema, label, onRun],
  );
  return (
    <div className="sql-editor" data-testid="sql-editor">
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={extensions}
        minHeight="180px"
        maxHeight="360px"
        basicSetup={{ foldGutter: false, highlightActiveLine: true }}
      />
    </div>
  );
}
