// bottleneck ships types for its main entry only; the light build (what the throttling plugin
// itself uses, no Redis) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
