import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/story.css';
import './styles/entity.css';
import './styles/map.css';
import './styles/search.css';
import './styles/ingest.css';
import './styles/narrow-screens.css';
import { render } from 'preact';
import { App } from './app.js';

const root = document.getElementById('app');
if (root) render(<App />, root);
