import '../../components/base.css';
import './options.css';
import { render } from 'preact';
import { askEarly } from '../../components/useRequest';
import { App } from './App';
import { FIRST_HISTORY } from './insights/History';
import { FIRST_ROWS } from './people/PeopleView';

// What the section opened first shows, asked for before the page renders: the people list, or the history.
if (location.hash === '' || location.hash === '#people') askEarly('people/page', FIRST_ROWS);
if (location.hash === '#insights') askEarly('history/page', FIRST_HISTORY);

const root = document.getElementById('app');
if (root) render(<App />, root);
