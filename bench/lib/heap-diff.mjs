// A heap snapshot diff, for the memory run: what the JS heap gained between two instants.
//
// takeHeapSnapshot(cdp) takes a V8 heap snapshot over CDP (HeapProfiler.collectGarbage twice,
// then HeapProfiler.takeHeapSnapshot, its HeapProfiler.addHeapSnapshotChunk events joined);
// parseSnapshot(json) reads the .heapsnapshot JSON (snapshot.meta.node_fields / node_types /
// edge_fields / edge_types, nodes, edges, strings) and sums self_size and count per class,
// as DevTools' Summary view groups them: objects, closures and DOM objects by their name
// (the constructor's; elements by tag, "<span>"), V8's internal objects by theirs
// ("system / Context", "system / InstructionStream" …), strings, numbers and arrays by
// their type ("(string)", "(array)" …).
// Each class is put in one of three spaces, since chromium's snapshot holds more than the
// JS heap that Runtime.getHeapUsage counts:
//   v8       V8's heap: JS objects, closures, strings, code, V8's "system / …" objects
//            (newer V8s type many of those "native");
//   embedder Blink's own (Oilpan) objects: blink::…, DOM nodes and other wrapped objects;
//   external off-heap memory V8 reports on a heap object: an ArrayBuffer's bytes (the wasm
//            Memory's), the wasm module's compiled code (CppGCManaged (WasmNativeModule)),
//            external strings' characters.
// diffHeap(a, b) gives, per class, the count and bytes deltas from a to b, the v8 space's
// top growers first (the others apart), and, since V8 keeps an object's snapshot id for the
// page's lifetime, the v8 objects of b whose id a did not have (allocated in between and
// still alive), per class, each with the commonest edges that retain those new objects
// ("property 'x' of Foo").
// Snapshots of the tracker's page are ~5 MB; parsing one in node takes well under 1 s.
//
// What it found (29 Nov 2026, en, 24 h after the warm-up hour, 4 runs): the v8 space's
// total matches Runtime.getHeapUsage to ~1 KB, and its growth (+17.7 to +24.2 KB) is all
// V8 compiled code: system / InstructionStream (machine code), TrustedByteArray (relocation
// info, source positions), ProtectedFixedArray (deoptimization data), Code, and the
// dependent_code WeakArrayLists of the Maps the new code depends on. The counts of JS
// objects, closures and strings do not move, nor does wasm-bindgen's externref table or
// its closures' FinalizationRegistry. The new code is TurboFan's, replacing Maglev's, for
// the functions called once per tick (Playwright's fake clock, the bench's tick probe,
// wasm-bindgen's import shims): they get hot only after some thousands of calls, i.e. in
// the first simulated hours; with --js-flags=--no-opt --no-maglev --no-sparkplug the heap
// is flat (+152 B). So the memory run warms up for 5 simulated hours (clock.mjs): in the
// runs that followed, +0.06 % to +0.07 % in every language, of which +1 KB of code.

const OFF_HEAP = /^system \/ (JSArrayBufferData|ExternalStringData|CppGCManaged|Managed)/;
/** V8's compiled code and what goes with it, whatever node type the snapshot gives them. */
const CODE_CLASS = /^system \/ (InstructionStream|Code|CodeWrapper|Trusted\w*|Protected\w*|Bytecode\w*|Deoptimization\w*|Feedback\w*|ClosureFeedbackCellArray|SharedFunctionInfo\w*|ScopeInfo|UncompiledData\w*|PreparseData|InterpreterData)$/;

/** The space of a node (see above). */
function spaceOf(type, name) {
  if (type !== 'native') return 'v8';
  if (!name.startsWith('system / ')) return 'embedder';
  return OFF_HEAP.test(name) ? 'external' : 'v8';
}

/** DevTools-like class of a node: its type's name for the types DevTools lumps together. */
function classOf(type, name) {
  // V8's internal objects by their kind ("system / SharedFunctionInfo / f" and
  // "system / Code / Abort (builtin)" are a SharedFunctionInfo and a Code).
  if (name.startsWith('system / ')) return name.split(' / ', 2).join(' / ');
  switch (type) {
    case 'native':
      // Elements are named by their markup ('<span class="x">'): grouped by tag.
      if (name.startsWith('<')) return `<${/^<([^\s>]*)/.exec(name)[1]}>`;
      return name || '(native)';
    case 'object':
    case 'closure':
    case 'regexp':
      return `${name || '(anonymous)'}${type === 'closure' ? '()' : ''}`;
    case 'hidden':
    case 'code':
    case 'object shape':
      // A code object's name is its function's: one class for all, as in DevTools.
      return `(${type})`;
    case 'array':
      // Internal arrays carry a role in their name ("(object properties)", …) or none.
      return name.startsWith('(') ? `(array) ${name}` : '(array)';
    default:
      // string, concatenated string, sliced string, number, symbol, bigint, synthetic
      return `(${type})`;
  }
}

/**
 * Take a heap snapshot of the page of `cdp` (a Playwright CDPSession), after two full GCs.
 * @returns {Promise<string>} the .heapsnapshot JSON
 */
export async function takeHeapSnapshot(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  if (!chunks.length) throw new Error('the heap snapshot came back empty');
  return chunks.join('');
}

/**
 * Parse a .heapsnapshot (JSON text or object): per class, count and self size; the node
 * arrays kept for diffHeap's retainers.
 */
export function parseSnapshot(input) {
  const snap = typeof input === 'string' ? JSON.parse(input) : input;
  const meta = snap.snapshot.meta;
  const nf = meta.node_fields;
  const ef = meta.edge_fields;
  const N = nf.length;
  const E = ef.length;
  const f = (k) => {
    const i = nf.indexOf(k);
    if (i < 0) throw new Error(`heap snapshot: no node field ${k}`);
    return i;
  };
  const [fType, fName, fId, fSize, fEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(f);
  const nodeTypes = meta.node_types[fType];
  const edgeTypes = meta.edge_types[ef.indexOf('type')];
  const { nodes, edges, strings } = snap;
  const count = nodes.length / N;
  const cls = new Array(count);
  const ids = new Map(); // id -> node ordinal
  const classes = new Map(); // class -> { type, space, count, bytes }
  const spaces = { v8: { count: 0, bytes: 0 }, embedder: { count: 0, bytes: 0 }, external: { count: 0, bytes: 0 } };
  const v8Types = {}; // the v8 space by node type (string, object, closure, …), code apart
  let bytes = 0;
  for (let i = 0, o = 0; i < count; i++, o += N) {
    const type = nodeTypes[nodes[o + fType]];
    if (type === 'synthetic') continue; // the roots: no size
    const name = strings[nodes[o + fName]];
    const c = classOf(type, name);
    const space = spaceOf(type, name);
    cls[i] = c;
    ids.set(nodes[o + fId], i);
    const size = nodes[o + fSize];
    bytes += size;
    spaces[space].count++;
    spaces[space].bytes += size;
    if (space === 'v8') {
      const k = type === 'code' || CODE_CLASS.test(c) ? 'code' : type;
      const t = v8Types[k] ?? (v8Types[k] = { count: 0, bytes: 0 });
      t.count++;
      t.bytes += size;
    }
    const row = classes.get(c) ?? classes.set(c, { type, space, count: 0, bytes: 0 }).get(c);
    row.count++;
    row.bytes += size;
  }
  return {
    nodeCount: count,
    bytes,
    spaces,
    v8Types,
    classes,
    ids,
    _: { nodes, edges, strings, N, E, fId, fSize, fEdges, cls, edgeTypes, eType: ef.indexOf('type'), eName: ef.indexOf('name_or_index'), eTo: ef.indexOf('to_node') },
  };
}

/**
 * The growth from snapshot `a` to snapshot `b` (both from parseSnapshot, same page).
 * @param {object} [o]
 * @param {number} [o.top=10]       rows kept in each list
 * @param {number} [o.retainers=3]  retaining edges named per class of new objects
 * @returns {{start, end, v8ByType, growers, otherGrowers, shrinkers, newSinceStart}}
 *   start, end: objects and self bytes, in all and per space; v8ByType: the v8 space's
 *   count and bytes deltas per node type (code, string, object, closure, array, native …);
 *   growers: the v8 space's classes by bytes delta (then count delta), largest growth
 *   first, only those that grew; otherGrowers: the same for the embedder and external
 *   spaces; shrinkers: the v8 space's largest falls; newSinceStart: b's v8 objects that a
 *   did not have, per class, with their commonest retaining edges.
 */
export function diffHeap(a, b, { top = 10, retainers = 3 } = {}) {
  const rows = [];
  for (const key of new Set([...a.classes.keys(), ...b.classes.keys()])) {
    const x = a.classes.get(key) ?? { count: 0, bytes: 0 };
    const y = b.classes.get(key) ?? { count: 0, bytes: 0 };
    if (x.count === y.count && x.bytes === y.bytes) continue;
    rows.push({ class: key, space: (y.space ?? x.space), countStart: x.count, countEnd: y.count, countDelta: y.count - x.count, bytesStart: x.bytes, bytesEnd: y.bytes, bytesDelta: y.bytes - x.bytes });
  }
  const byGrowth = (p, q) => q.bytesDelta - p.bytesDelta || q.countDelta - p.countDelta;
  const grew = rows.filter((r) => r.bytesDelta > 0 || (r.bytesDelta === 0 && r.countDelta > 0)).sort(byGrowth);
  const growers = grew.filter((r) => r.space === 'v8').slice(0, top);
  const otherGrowers = grew.filter((r) => r.space !== 'v8').slice(0, Math.ceil(top / 2));
  const shrinkers = rows.filter((r) => r.space === 'v8' && r.bytesDelta < 0).sort((p, q) => p.bytesDelta - q.bytesDelta).slice(0, Math.ceil(top / 2));

  // Objects of b that a did not have: allocated since, and alive at b.
  const B = b._;
  const isNew = new Uint8Array(b.nodeCount);
  const fresh = new Map(); // class -> { count, bytes, retainers: Map }
  for (let i = 0, o = 0; i < b.nodeCount; i++, o += B.N) {
    const c = B.cls[i];
    if (c === undefined || a.ids.has(B.nodes[o + B.fId])) continue;
    isNew[i] = 1;
    const row = fresh.get(c) ?? fresh.set(c, { count: 0, bytes: 0, retainers: new Map() }).get(c);
    row.count++;
    row.bytes += B.nodes[o + B.fSize];
  }
  // Who holds them: every edge of b that points at a new object, named by its type, its
  // name (or index) and the class of the object it leaves.
  for (let i = 0, o = 0, e = 0; i < b.nodeCount; i++, o += B.N) {
    const end = e + B.nodes[o + B.fEdges] * B.E;
    for (; e < end; e += B.E) {
      const to = B.edges[e + B.eTo] / B.N;
      if (!isNew[to]) continue;
      const t = B.edgeTypes[B.edges[e + B.eType]];
      const n = B.edges[e + B.eName];
      // Element and hidden edges are numbered: one label for all their indices.
      const label = typeof n === 'number' && (t === 'element' || t === 'hidden') ? '[i]' : `'${B.strings[n]}'`;
      const via = `${t} ${label} of ${B.cls[i] ?? '(root)'}${isNew[i] ? ' (new)' : ''}`;
      const r = fresh.get(B.cls[to]).retainers;
      r.set(via, (r.get(via) ?? 0) + 1);
    }
  }
  const newSinceStart = [...fresh.entries()]
    .filter(([c]) => b.classes.get(c).space === 'v8')
    .map(([c, r]) => ({
      class: c,
      count: r.count,
      bytes: r.bytes,
      retainedBy: [...r.retainers.entries()].sort((p, q) => q[1] - p[1]).slice(0, retainers).map(([via, n]) => `${via} ×${n}`),
    }))
    .sort((p, q) => q.bytes - p.bytes || q.count - p.count)
    .slice(0, top);
  // The v8 space's change per node type; "code" is V8's compiled code and what goes with it
  // (InstructionStream, Code, relocation and deoptimization data, bytecode, feedback, …):
  // type "code" and the classes of CODE_CLASS.
  const v8ByType = {};
  for (const t of new Set([...Object.keys(a.v8Types), ...Object.keys(b.v8Types)])) {
    const x = a.v8Types[t] ?? { count: 0, bytes: 0 };
    const y = b.v8Types[t] ?? { count: 0, bytes: 0 };
    if (x.count !== y.count || x.bytes !== y.bytes) v8ByType[t] = { countDelta: y.count - x.count, bytesDelta: y.bytes - x.bytes };
  }
  return {
    start: { nodes: a.nodeCount, bytes: a.bytes, spaces: a.spaces },
    end: { nodes: b.nodeCount, bytes: b.bytes, spaces: b.spaces },
    v8ByType,
    growers,
    otherGrowers,
    shrinkers,
    newSinceStart,
  };
}

/** One line naming the v8 space's top growers: "system / Code +3 (+1,234 B), …". */
export function describeGrowers(diff, n = 5) {
  const nf = new Intl.NumberFormat('en-US', { signDisplay: 'always' });
  return diff.growers.slice(0, n).map((r) => `${r.class} ${nf.format(r.countDelta)} (${nf.format(r.bytesDelta)} B)`).join(', ');
}
