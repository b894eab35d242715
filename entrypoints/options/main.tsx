import '../../components/base.css';
import './options.css';
import { render } from 'preact';
import { askEarly } from '../../components/useRequest';
import { App } from './App';
import { FIRST_ROWS } from './people/PeopleView';

// The people list, the page's first view, asked for before it renders.
if (location.hash === '' || location.hash === '#people') askEarly('people/page', FIRST_ROWS);

const root = document.getElementById('app');
if (root) render(<App />, root);
