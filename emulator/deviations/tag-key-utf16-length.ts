// A tag key counted in UTF-16 units (see utf16-length.ts).
import { utf16Length } from './utf16-length.js';

export const tagKeyUtf16Length = utf16Length('tag-key-utf16-length', 'Key');
