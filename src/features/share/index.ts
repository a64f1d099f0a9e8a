// The share feature's public face: other features and the app import it from here only.
export * from './Toast.tsx';
export * from './useCopyLink.ts';
export * from './useToast.ts';
