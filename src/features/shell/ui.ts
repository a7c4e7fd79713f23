/** The components of shell that other features' screens show. */
export { NotFound } from './ui/not-found';
