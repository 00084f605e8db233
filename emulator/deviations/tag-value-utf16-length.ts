// A tag value counted in UTF-16 units (see utf16-length.ts).
import { utf16Length } from './utf16-length.js';

export const tagValueUtf16Length = utf16Length('tag-value-utf16-length', 'Value');
