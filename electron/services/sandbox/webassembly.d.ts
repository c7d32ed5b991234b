// @types/node 20 declares no WebAssembly global; the sandbox needs only its Memory.
declare namespace WebAssembly {
  interface MemoryDescriptor {
    initial: number;
    maximum?: number;
  }
  interface Memory {
    readonly buffer: ArrayBuffer;
  }
  const Memory: new (descriptor: MemoryDescriptor) => Memory;
}
