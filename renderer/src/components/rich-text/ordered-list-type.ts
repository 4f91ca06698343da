import { Extension, wrappingInputRule, type CommandProps } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';

/** How a numbered list counts: '1' → "1.", "2."; 'a' → "a)", "b)". Stored null counts like '1'. */
export type OrderedListType = '1' | 'a';

/** What kind of list the cursor is in, judged by the innermost list around it. */
export type ListKind = 'bullet' | OrderedListType;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    orderedListType: {
      /**
       * Puts the selection in a numbered list counting with `type`; if it already is in one, takes
       * it out (like Word's toolbar buttons). A list of another kind is converted.
       */
      toggleOrderedListType: (type: OrderedListType) => ReturnType;
    };
  }
}

/** The innermost bullet or ordered list around `$pos`, with its position. */
export function innermostList($pos: ResolvedPos): { kind: ListKind; pos: number } | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name === 'bulletList') return { kind: 'bullet', pos: $pos.before(depth) };
    if (node.type.name === 'orderedList') return { kind: node.attrs.type === 'a' ? 'a' : '1', pos: $pos.before(depth) };
  }
  return null;
}

/**
 * TipTap v3's OrderedList (from StarterKit) already has the attribute we need: `type`, default
 * null, read from `<ol type>` and rendered as `type="a"` when not '1'; `start` likewise. It is reused
 * as is: the stylesheet draws "1." / "a)" from those HTML attributes, and normalise.ts narrows
 * anything pasted ('A', 'i', …) to '1' | 'a' | null on the way out. This extension only adds:
 * - `toggleOrderedListType('1' | 'a')`, which sets the type on the list it creates or converts;
 * - the input rule "a) " at the start of a paragraph, next to StarterKit's "1. ".
 */
export const OrderedListType = Extension.create({
  name: 'orderedListType',

  addCommands() {
    return {
      toggleOrderedListType:
        (type: OrderedListType) =>
        ({ state, chain, tr, dispatch }: CommandProps) => {
          const current = innermostList(state.selection.$from);
          if (current?.kind === type) return chain().toggleOrderedList().run();
          if (current && current.kind !== 'bullet') {
            // Already numbered the other way: only the counting changes.
            const list = state.doc.nodeAt(current.pos);
            if (!list) return false;
            if (dispatch) tr.setNodeMarkup(current.pos, undefined, { ...list.attrs, type });
            return true;
          }
          return chain()
            .toggleOrderedList()
            .command(({ tr: next }) => {
              const created = innermostList(next.selection.$from);
              if (!created || created.kind === 'bullet') return false;
              const list = next.doc.nodeAt(created.pos);
              if (list) next.setNodeMarkup(created.pos, undefined, { ...list.attrs, type });
              return true;
            })
            .run();
        },
    };
  },

  addInputRules() {
    const orderedList = this.editor.schema.nodes.orderedList;
    if (!orderedList) return [];
    return [
      // "a) " typed at the start of a paragraph starts an "a)" list, as "1. " starts a "1." list.
      wrappingInputRule({
        find: /^a\)\s$/,
        type: orderedList,
        getAttributes: { start: 1, type: 'a' },
        joinPredicate: () => false,
      }),
    ];
  },
});
