// A textured head, drawn with WebGL at a known yaw: the turn test's ground truth (bench/turn.mjs,
// the e2e fake camera). Browser module, no dependencies.
//
// The head: a face (the 468-point face mesh, either MediaPipe's canonical face or the shape of the
// fixture photo's own face, both in the canonical face's centimetres) textured with the fixture
// photo (test/fixtures/turn/face.png, public domain), in front of an ellipsoid skull with hair on
// top and behind, two ears and a neck. Camera: 640 × 480, 65° horizontal field of view, at the
// origin looking down −z. The head turns about a vertical axis through the neck, 2 cm behind the
// canonical face's origin, by yaw · pitch · roll (yaw last, about the vertical axis).

const vertexShader = `
attribute vec3 position;
attribute vec3 normal;
attribute vec2 uv;
attribute vec3 colour;
attribute float textured;
uniform mat4 model;
uniform mat4 projection;
varying vec3 vNormal;
varying vec2 vUv;
varying vec3 vColour;
varying float vTextured;
void main() {
  vNormal = mat3(model) * normal;
  vUv = uv;
  vColour = colour;
  vTextured = textured;
  gl_Position = projection * model * vec4(position, 1.0);
}`;

const fragmentShader = `
precision mediump float;
uniform sampler2D face;
uniform vec3 light;
uniform float ambient;
uniform float diffuse;
uniform float noise;
uniform float seed;
varying vec3 vNormal;
varying vec2 vUv;
varying vec3 vColour;
varying float vTextured;
float hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233)) + seed) * 43758.5453); }
void main() {
  vec3 base = vTextured > 0.5 ? texture2D(face, vUv).rgb : vColour;
  float shade = ambient + diffuse * max(dot(normalize(vNormal), normalize(light)), 0.0);
  vec3 c = base * shade + noise * (hash(gl_FragCoord.xy) - 0.5);
  gl_FragColor = vec4(c, 1.0);
}`;

export const frameSize = { width: 640, height: 480 };
export const fovDeg = 65;

export const lightings = {
  // Soft light from in front and a little above.
  front: { light: [0.2, 0.5, 1], ambient: 0.45, diffuse: 0.6 },
  // A window on the person's right: one side bright, the other in shadow.
  side: { light: [-1, 0.25, 0.35], ambient: 0.22, diffuse: 0.95 },
};

const skin = [0.78, 0.58, 0.48];
const hair = [0.3, 0.22, 0.16];

function ellipsoid(centre, radii, colourAt, rings = 24, segments = 36) {
  const positions = [];
  const normals = [];
  const colours = [];
  for (let i = 0; i <= rings; i++) {
    const theta = (i / rings) * Math.PI;
    for (let j = 0; j <= segments; j++) {
      const phi = (j / segments) * 2 * Math.PI;
      const n = [Math.sin(theta) * Math.sin(phi), Math.cos(theta), Math.sin(theta) * Math.cos(phi)];
      const p = n.map((v, k) => centre[k] + radii[k] * v);
      positions.push(p);
      normals.push(n.map((v, k) => v / radii[k]));
      colours.push(colourAt(p));
    }
  }
  const triangles = [];
  for (let i = 0; i < rings; i++) {
    for (let j = 0; j < segments; j++) {
      const a = i * (segments + 1) + j;
      const b = a + segments + 1;
      triangles.push([a, b, a + 1], [a + 1, b, b + 1]);
    }
  }
  return { positions, normals, colours, triangles };
}

// The face mesh leaves the eyes open (MediaPipe draws them apart); the fixture closes them with a
// fan of triangles over each eye's outline, so that the photo's eyes show.
const eyeOutlines = [
  [33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246],
  [263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466],
];
export function closedFace(triangles) {
  const fans = eyeOutlines.flatMap((ring) =>
    ring.slice(1, -1).map((_, i) => [ring[0], ring[i + 1], ring[i + 2]]),
  );
  return [...triangles, ...fans];
}

function faceNormals(positions, triangles) {
  const normals = positions.map(() => [0, 0, 0]);
  for (const [a, b, c] of triangles) {
    const u = positions[b].map((v, k) => v - positions[a][k]);
    const w = positions[c].map((v, k) => v - positions[a][k]);
    const n = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
    for (const i of [a, b, c]) for (let k = 0; k < 3; k++) normals[i][k] += n[k];
  }
  // Outward: the face looks toward +z, so the normals' sum must too.
  const sign = normals.reduce((sum, n) => sum + n[2], 0) < 0 ? -1 : 1;
  return normals.map((n) => n.map((v) => sign * v));
}

/**
 * shapes: { name: vertices (468 × [x, y, z], cm, canonical frame) }; uvs: 468 × [u, v] in the
 * texture; triangles: the face mesh's triangles; image: the texture (an ImageBitmap).
 */
export function createScene(canvas, { shapes, uvs, triangles: meshTriangles, image }) {
  const triangles = closedFace(meshTriangles);
  canvas.width = frameSize.width;
  canvas.height = frameSize.height;
  const gl = canvas.getContext('webgl', { antialias: true, preserveDrawingBuffer: true });
  if (!gl) throw new Error('no WebGL');
  const compile = (type, source) => {
    const shader = gl.createShader(type);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
      throw new Error(gl.getShaderInfoLog(shader));
    return shader;
  };
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl.VERTEX_SHADER, vertexShader));
  gl.attachShader(program, compile(gl.FRAGMENT_SHADER, fragmentShader));
  gl.linkProgram(program);
  gl.useProgram(program);
  gl.enable(gl.DEPTH_TEST);

  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGB, gl.RGB, gl.UNSIGNED_BYTE, image);
  for (const [k, v] of [
    [gl.TEXTURE_MIN_FILTER, gl.LINEAR],
    [gl.TEXTURE_MAG_FILTER, gl.LINEAR],
    [gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE],
    [gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE],
  ])
    gl.texParameteri(gl.TEXTURE_2D, k, v);

  const hairAt = ([, y, z]) => (y > 4.5 || z < -6 ? hair : skin);
  const parts = [
    ellipsoid([0, 1.5, -5], [7.4, 10.2, 8.5], hairAt),
    ellipsoid([-7.4, 0, -3.8], [1.2, 3.0, 1.8], () => skin, 10, 16),
    ellipsoid([7.4, 0, -3.8], [1.2, 3.0, 1.8], () => skin, 10, 16),
    ellipsoid([0, -12, -4.5], [5.2, 9, 5.2], () => skin.map((v) => v * 0.92), 12, 24),
  ];
  const buffersFor = (mesh, textured) => {
    const flat = (rows) => new Float32Array(rows.flat());
    const make = (data) => {
      const buffer = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      return buffer;
    };
    const index = gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, index);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, new Uint16Array(mesh.triangles.flat()), gl.STATIC_DRAW);
    const n = mesh.positions.length;
    return {
      position: make(flat(mesh.positions)),
      normal: make(flat(mesh.normals)),
      uv: make(flat(mesh.uvs ?? mesh.positions.map(() => [0, 0]))),
      colour: make(flat(mesh.colours ?? mesh.positions.map(() => skin))),
      textured: make(new Float32Array(n).fill(textured ? 1 : 0)),
      index,
      count: mesh.triangles.length * 3,
    };
  };
  const skull = parts.map((part) => buffersFor(part, false));
  const faces = Object.fromEntries(
    Object.entries(shapes).map(([name, positions]) => [
      name,
      buffersFor({ positions, normals: faceNormals(positions, triangles), uvs, triangles }, true),
    ]),
  );

  const attribute = (name, buffer, size) => {
    const at = gl.getAttribLocation(program, name);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.enableVertexAttribArray(at);
    gl.vertexAttribPointer(at, size, gl.FLOAT, false, 0, 0);
  };
  const uniform = (name) => gl.getUniformLocation(program, name);
  const focal = frameSize.width / 2 / Math.tan((fovDeg * Math.PI) / 360);
  const near = 5;
  const far = 500;
  // Column-major perspective matrix with the focal length in pixels.
  const projection = new Float32Array([
    (2 * focal) / frameSize.width,
    0,
    0,
    0,
    0,
    (2 * focal) / frameSize.height,
    0,
    0,
    0,
    0,
    -(far + near) / (far - near),
    -1,
    0,
    0,
    (-2 * far * near) / (far - near),
    0,
  ]);

  /**
   * Draws the head. pose: { shape, yawDeg, pitchDeg, rollDeg, distanceCm, offsetCm: [x, y],
   * lighting: 'front' | 'side', gain, noise, seed }.
   */
  return function draw(pose) {
    const rad = Math.PI / 180;
    const [cy, sy] = [Math.cos(pose.yawDeg * rad), Math.sin(pose.yawDeg * rad)];
    const [cp, sp] = [Math.cos(pose.pitchDeg * rad), Math.sin(pose.pitchDeg * rad)];
    const [cr, sr] = [Math.cos(pose.rollDeg * rad), Math.sin(pose.rollDeg * rad)];
    const ry = [
      [cy, 0, sy],
      [0, 1, 0],
      [-sy, 0, cy],
    ];
    const rx = [
      [1, 0, 0],
      [0, cp, -sp],
      [0, sp, cp],
    ];
    const rz = [
      [cr, -sr, 0],
      [sr, cr, 0],
      [0, 0, 1],
    ];
    const mul = (a, b) =>
      a.map((row) => [0, 1, 2].map((j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
    const r = mul(ry, mul(rx, rz));
    const pivot = [0, -1, -2];
    const place = [pose.offsetCm[0], pose.offsetCm[1], -pose.distanceCm];
    // world = r · (v − pivot) + place
    const t = [0, 1, 2].map((i) => place[i] - r[i].reduce((s, v, k) => s + v * pivot[k], 0));
    const model = new Float32Array([
      r[0][0],
      r[1][0],
      r[2][0],
      0,
      r[0][1],
      r[1][1],
      r[2][1],
      0,
      r[0][2],
      r[1][2],
      r[2][2],
      0,
      t[0],
      t[1],
      t[2],
      1,
    ]);
    const lighting = lightings[pose.lighting];
    gl.viewport(0, 0, frameSize.width, frameSize.height);
    const wall = [0.72, 0.7, 0.64].map((v) => v * pose.gain);
    gl.clearColor(wall[0], wall[1], wall[2], 1);
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
    gl.uniformMatrix4fv(uniform('model'), false, model);
    gl.uniformMatrix4fv(uniform('projection'), false, projection);
    gl.uniform3fv(uniform('light'), lighting.light);
    gl.uniform1f(uniform('ambient'), lighting.ambient * pose.gain);
    gl.uniform1f(uniform('diffuse'), lighting.diffuse * pose.gain);
    gl.uniform1f(uniform('noise'), pose.noise);
    gl.uniform1f(uniform('seed'), pose.seed);
    gl.uniform1i(uniform('face'), 0);
    for (const part of [faces[pose.shape], ...skull]) {
      attribute('position', part.position, 3);
      attribute('normal', part.normal, 3);
      attribute('uv', part.uv, 2);
      attribute('colour', part.colour, 3);
      attribute('textured', part.textured, 1);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, part.index);
      gl.drawElements(gl.TRIANGLES, part.count, gl.UNSIGNED_SHORT, 0);
    }
    gl.finish();
  };
}
