import { mount } from 'svelte';
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/400-italic.css';
import '@fontsource/noto-serif/600.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/500.css';
import '@fontsource/noto-sans/600.css';
// Chinese in a hundred slices by unicode-range: only the slices a page's text needs are fetched.
// One weight: bold is drawn from it, where a second would double a large download for little.
import '@fontsource/noto-serif-sc/400.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target });
