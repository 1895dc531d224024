import type { Page } from '../cms/payload-types'
import type { Block } from './data/types'

/** Turns the seed's plain blocks into the Lexical JSON that Payload's rich-text field stores. */
export function toLexical(blocks: Block[]): Page['content'] {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: blocks.map(toNode),
    },
  }
}

const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const element = { format: '', indent: 0, version: 1, direction: 'ltr' }

function toNode(block: Block) {
  if ('heading' in block) return { ...element, type: 'heading', tag: 'h2', children: [text(block.heading)] }
  if ('list' in block) {
    return {
      ...element,
      type: 'list',
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      children: block.list.map((item, index) => ({ ...element, type: 'listitem', value: index + 1, children: [text(item)] })),
    }
  }
  return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(block.paragraph)] }
}
