// Loads every semantics module so that their handlers are registered with the interpreter.
import './a64-integer.js';
import './a64-branch-system.js';
import './a64-memory.js';
import './a64-simd-min.js';
import './morello-cap.js';
import './morello-memory.js';
import './a64-simd-int.js';
import './a64-fp.js';
import './a64-simd-mem.js';
import './a64-simd-saturating.js';
import './a64-simd-fp.js';
import './a64-simd-element.js';
import './a64-crypto.js';
