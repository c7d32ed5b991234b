import imported from '@jitl/quickjs-singlefile-cjs-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { sandboxLimits } from './sandbox-protocol';

/** What the variant's Emscripten build starts with (its INITIAL_MEMORY). */
const initialMb = 16;
const pageBytes = 64 * 1024;
const pagesOf = (mb: number) => (mb * 1024 * 1024) / pageBytes;

export interface Engine {
  module: QuickJSWASMModule;
  /** Whether the engine's heap has grown to its maximum: some evaluation ran out of memory. */
  heapExhausted(): boolean;
}

/**
 * QuickJS, with the WASM data inside the bundle, on a heap that cannot grow past the memory
 * limit. QuickJS's own limit (setMemoryLimit) bounds single allocations only: under Emscripten it
 * cannot measure what it has allocated in total (justjake/quickjs-emscripten#271), so the
 * WebAssembly memory's maximum is what bounds the total, and malloc fails past it.
 */
export async function loadEngine(): Promise<Engine> {
  // Bundled CommonJS gives the variant itself; loaded as ESM (tests), its module namespace.
  const variant = (imported as { default?: QuickJSSyncVariant }).default ?? imported;
  const maximum = pagesOf(initialMb + sandboxLimits.memoryMb);
  const memory = new WebAssembly.Memory({ initial: pagesOf(initialMb), maximum });
  const module = await newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmMemory: memory }));
  return { module, heapExhausted: () => memory.buffer.byteLength >= maximum * pageBytes };
}
