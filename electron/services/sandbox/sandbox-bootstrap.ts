/** The file name scripts run under: error stacks name it with the line. */
export const scriptFileName = 'script.js';
export const expressionFileName = 'expression.js';

/**
 * Runs first in every fresh QuickJS context, before any administrator code. It builds `vars`
 * (Dates revived), and for scripts `instance` and `logger`, from plain data; and it returns the
 * helpers the worker calls afterwards: [describe, classify, readVars]. They keep their own
 * references to the built-ins they use, so a script that replaces `JSON.stringify` or
 * `Object.prototype.toJSON` cannot change what they report. Results are JSON of null-prototype
 * objects, parsed with zod on the host side.
 */
export const bootstrapSource = `(function (varsJson, datePathsJson, instanceName, emit) {
  'use strict';
  const apply = Reflect.apply;
  const create = Object.create;
  const freeze = Object.freeze;
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const StringOf = String;
  const isFiniteNumber = Number.isFinite;
  const getTime = Date.prototype.getTime;
  const toIso = Date.prototype.toISOString;
  const exec = RegExp.prototype.exec;
  const lineIn = /script\\.js:(\\d+)/;

  const safeString = (value) => {
    try { return StringOf(value); } catch { return undefined; }
  };
  const field = (value, name) => {
    try { return value[name]; } catch { return undefined; }
  };

  const describe = (thrown) => {
    const out = create(null);
    out.name = null;
    out.line = null;
    if ((typeof thrown !== 'object' && typeof thrown !== 'function') || thrown === null) {
      out.text = 'threw ' + (safeString(thrown) ?? 'a value that cannot be shown');
      return stringify(out);
    }
    const name = field(thrown, 'name');
    const message = field(thrown, 'message');
    const stack = field(thrown, 'stack');
    const lineNumber = field(thrown, 'lineNumber');
    if (typeof name === 'string') out.name = name;
    out.text = typeof message === 'string' ? message : (safeString(thrown) ?? 'threw a value that cannot be shown');
    const found = typeof stack === 'string' ? apply(exec, lineIn, [stack]) : null;
    if (found) out.line = +found[1];
    else if (typeof lineNumber === 'number' && isFiniteNumber(lineNumber)) out.line = lineNumber;
    return stringify(out);
  };

  const classify = (value) => {
    const out = create(null);
    if (typeof value === 'number' && isFiniteNumber(value)) {
      out.kind = 'number';
      out.value = value;
      return stringify(out);
    }
    if (typeof value === 'string') {
      out.kind = 'text';
      return stringify(out);
    }
    let time = NaN;
    // getTime throws for anything but a real Date (a look-alike or a proxy included).
    try { time = apply(getTime, value, []); } catch { time = NaN; }
    if (isFiniteNumber(time)) {
      out.kind = 'date';
      out.iso = apply(toIso, value, []);
      return stringify(out);
    }
    out.kind = 'other';
    out.text = safeString(value) ?? 'a value that cannot be shown';
    return stringify(out);
  };

  const readVars = () => {
    const out = create(null);
    try {
      const json = stringify(globalThis.vars);
      out.json = typeof json === 'string' ? json : 'null';
    } catch (error) {
      out.error = parse(describe(error)).text;
    }
    return stringify(out);
  };

  const vars = parse(varsJson);
  const datePaths = parse(datePathsJson);
  for (let i = 0; i < datePaths.length; i++) {
    const path = datePaths[i];
    let holder = vars;
    for (let j = 0; j < path.length - 1; j++) holder = holder[path[j]];
    const last = path[path.length - 1];
    holder[last] = new Date(holder[last]);
  }
  globalThis.vars = vars;

  if (typeof instanceName === 'string') {
    const text = (args) => {
      let line = '';
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        let part;
        if (typeof a === 'string') part = a;
        else {
          try { part = typeof a === 'object' && a !== null ? stringify(a) : StringOf(a); }
          catch { part = safeString(a); }
        }
        line += (i ? ' ' : '') + (typeof part === 'string' ? part : StringOf(part));
      }
      return line;
    };
    const log = (level) => function (...args) { emit(level, text(args)); };
    globalThis.instance = freeze({ name: instanceName });
    globalThis.logger = freeze({ info: log('info'), warn: log('warning'), error: log('error') });
  }
  return [describe, classify, readVars];
})`;
