// Hostile article bodies and titles. Every payload, if it ran, would set the
// sentinel `__xss` on some window or open a dialog; tests assert neither happens.
export const SENTINEL = '__xss';

const set = `top.${SENTINEL}=1;parent.${SENTINEL}=1;window.${SENTINEL}=1`;

export const XSS_BODIES: string[] = [
  `<script>${set}</script><p>plain script</p>`,
  `<img src=x onerror="${set}">`,
  `<img src="/media/0000.png" onload="${set}">`,
  `<svg onload="${set}"><circle r="4"/></svg>`,
  `<svg><script>${set}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${set}"></style></mglyph></table></mtext></math>`,
  `<iframe src="javascript:${set}"></iframe>`,
  `<iframe srcdoc="<script>${set}</script>"></iframe>`,
  `<object data="javascript:${set}"></object>`,
  `<embed src="javascript:${set}">`,
  `<a href="javascript:${set}">click me</a>`,
  `<a href="JaVaScRiPt:${set}">mixed case</a>`,
  `<a href="&#106;avascript:${set}">entity</a>`,
  `<a href="data:text/html,<script>${set}</script>">data link</a>`,
  `<form action="javascript:${set}"><button>go</button></form>`,
  `<button formaction="javascript:${set}">go</button>`,
  `<input autofocus onfocus="${set}">`,
  `<details open ontoggle="${set}"><summary>x</summary></details>`,
  `<body onload="${set}"><p>body</p></body>`,
  `<video><source onerror="${set}"></video>`,
  `<audio src=x onerror="${set}"></audio>`,
  `<div style="background:url(javascript:${set})">style url</div>`,
  `<style>@import 'javascript:${set}';</style><p>style import</p>`,
  `<link rel="import" href="data:text/html,<script>${set}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${set}">`,
  `<base href="javascript:${set}//"><a href="x">base</a>`,
  `<noscript><p title="</noscript><img src=x onerror=${set}>"></noscript>`,
  `<template><img src=x onerror="${set}"></template><p>template</p>`,
  `<p>mutation <!--<img src=x onerror="${set}">--></p>`,
  `<img src="x` + '`' + ` onerror="${set}"` + '`' + `>`,
  `<marquee onstart="${set}">marquee</marquee>`,
  `<select autofocus onfocus="${set}"><option>x</option></select>`,
  `<textarea autofocus onfocus="${set}">x</textarea>`,
  `<div onmouseover="${set}" onclick="${set}">hover or click</div>`,
  `<a href="vbscript:msgbox(1)">vb</a><a href=" javascript:${set}">space</a>`,
  `<img srcset="x 1x" onerror="${set}"><picture><source srcset="javascript:${set}"><img src=x onerror="${set}"></picture>`,
  `<dialog open onclose="${set}"><form method="dialog"><button>x</button></form></dialog>`,
  `<x onclick="${set}">custom element</x><p is="x-y" onclick="${set}">is</p>`,
];

export const XSS_TITLES: string[] = [
  `<img src=x onerror="${set}">Title with an image`,
  `<script>${set}</script>Title with a script`,
  `"><svg onload="${set}">Title breaking out of an attribute`,
  `</h1><iframe src="javascript:${set}"></iframe>Title closing the heading`,
];
