/**
 * The plain-JavaScript cpu backend and its one-time setup, in a module of its own so that the page
 * loads it only when cpu is used (see `loadBackend` in `browserBackends`): its kernels
 * get the faster paths of `cpuKernelPatches` (matMul, bias add, split).
 */
import '@tensorflow/tfjs-backend-cpu';
import { patchCpuKernels } from './cpuKernelPatches';

patchCpuKernels();
