import '../../components/base.css';
import './popup.css';
import { render } from 'preact';
import { askEarly } from '../../components/useRequest';
import { Popup } from './Popup';

// What the popup shows first, asked for before it renders.
askEarly('stats/today', {});
askEarly('suggest/now', {});

const root = document.getElementById('app');
if (root) render(<Popup />, root);
